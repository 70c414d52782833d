export { SupersetApiError } from './SupersetApiError';
export type {
  SupersetApiErrorKind,
  SupersetApiErrorDetails,
} from './SupersetApiError';
export { extractSupersetMessage } from './extractSupersetMessage';
export type {
  SupersetErrorBodyShape,
  ExtractedSupersetMessage,
} from './extractSupersetMessage';

/**
 * The one Superset REST client of Dashboard Health, and the shared `superset.instances` configuration.
 *
 * @packageDocumentation
 */
export { SupersetClient } from './client/SupersetClient';
export type { SupersetClientOptions } from './client/SupersetClient';
export type { RetryPolicy } from './http/backoff';
export { SupersetApiError } from './errors';
export type {
  SupersetApiErrorKind,
  SupersetApiErrorDetails,
  SupersetErrorBodyShape,
} from './errors';
export { readSupersetInstances } from './config';
export type {
  SupersetInstanceConfig,
  SupersetAuthProvider,
  SupersetAsyncQueriesConfig,
} from './config';
export type * from './types';

export { readSupersetInstances } from './readSupersetInstances';
export type {
  SupersetInstanceConfig,
  SupersetAuthProvider,
  SupersetAsyncQueriesConfig,
} from './types';

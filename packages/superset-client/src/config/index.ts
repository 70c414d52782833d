export { readSupersetInstances } from './readSupersetInstances';
export type { SupersetInstanceConfig, SupersetAuthProvider } from './types';

/**
 * The Dashboard Health domain, defined once for the frontend and the backend.
 *
 * @packageDocumentation
 */
export * from './window';
export * from './domain';
export * from './permissions';
export * from './client';

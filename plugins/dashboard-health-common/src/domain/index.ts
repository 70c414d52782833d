export * from './entityRef';
export * from './issue';
export * from './record';
export * from './run';
export * from './policy';
export * from './planPreview';

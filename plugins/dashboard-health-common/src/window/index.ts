export * from './schema';
export * from './errors';
export * from './bounds';
export * from './planner';
export { slotOrder } from './slotOrder';

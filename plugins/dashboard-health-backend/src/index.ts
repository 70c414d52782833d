/**
 * Dashboard Health backend plugin.
 *
 * @packageDocumentation
 */
export { dashboardHealthPlugin as default } from './plugin';
export type { Clock } from './clock';

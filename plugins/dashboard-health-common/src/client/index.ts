export type { DashboardHealthApi } from './DashboardHealthApi';
export { DashboardHealthClient } from './DashboardHealthClient';

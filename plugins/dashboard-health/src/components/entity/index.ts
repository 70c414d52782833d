export { isDashboardHealthAvailable } from './isDashboardHealthAvailable';
export { EntityDashboardHealthContent } from './EntityDashboardHealthContent';
export type { EntityDashboardHealthContentProps } from './EntityDashboardHealthContent';
export { EntityDashboardHealthCard } from './EntityDashboardHealthCard';
export type { EntityDashboardHealthCardProps } from './EntityDashboardHealthCard';

/**
 * Dashboard Health frontend plugin (legacy frontend system). The new frontend system lives in `/alpha`.
 *
 * @packageDocumentation
 */
export {
  dashboardHealthPlugin,
  DashboardHealthPage,
  EntityDashboardHealthContent,
  EntityDashboardHealthCard,
} from './plugin';
// Imported directly, not from the folder's index, so the components stay lazily loaded.
export { isDashboardHealthAvailable } from './components/entity/isDashboardHealthAvailable';
export type {
  EntityDashboardHealthContentProps,
  EntityDashboardHealthCardProps,
} from './components/entity';
export * from './api';

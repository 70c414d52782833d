/**
 * Dashboard Health frontend plugin (legacy frontend system). The new frontend system lives in `/alpha`.
 *
 * @packageDocumentation
 */
export { dashboardHealthPlugin, DashboardHealthPage } from './plugin';
export * from './api';

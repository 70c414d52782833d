/**
 * Search module: one `dashboard-health` document per Superset dashboard with its latest health.
 *
 * @packageDocumentation
 */
export { searchModuleDashboardHealthCollator as default } from './module';
export { DashboardHealthCollatorFactory } from './DashboardHealthCollatorFactory';
export { DASHBOARD_HEALTH_DOCUMENT_TYPE } from './DashboardHealthDocument';
export type { DashboardHealthDocument } from './DashboardHealthDocument';

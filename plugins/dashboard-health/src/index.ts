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
  HomePageDashboardHealthCard,
  DashboardHealthSearchResultListItem,
  DashboardHealthStatusPicker,
} from './plugin';
export {
  createDashboardHealthColumn,
  dashboardHealthCatalogColumns,
  withDashboardHealthColumn,
  DashboardHealthStatusFilter,
  HealthStatusCell,
  useHealthSummary,
} from './components/catalog';
export type {
  HealthColumnRow,
  DashboardHealthEntityFilters,
  DashboardHealthStatusPickerProps,
  HealthSummaryState,
  LoadedHealth,
  DashboardHealthLookup,
} from './components/catalog';
export type { CatalogQuery } from './components/catalog/catalogQueryForRefs';
export type { DisplayStatus } from './components/shared';
export {
  DASHBOARD_HEALTH_SEARCH_TYPE,
  isDashboardHealthResult,
} from './components/search';
export type {
  DashboardHealthSearchDocument,
  DashboardHealthSearchResultListItemProps,
} from './components/search';
// Imported directly, not from the folder's index, so the components stay lazily loaded.
export { isDashboardHealthAvailable } from './components/entity/isDashboardHealthAvailable';
export type {
  EntityDashboardHealthContentProps,
  EntityDashboardHealthCardProps,
} from './components/entity';
export * from './api';

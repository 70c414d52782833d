export { createDashboardHealthColumn } from './createDashboardHealthColumn';
export type { HealthColumnRow } from './createDashboardHealthColumn';
export {
  dashboardHealthCatalogColumns,
  withDashboardHealthColumn,
} from './withDashboardHealthColumn';
export { HealthStatusCell } from './HealthStatusCell';
export { HealthBatchLoader, healthKey } from './HealthBatchLoader';
export type {
  DashboardHealthLookup,
  HealthBatchLoaderOptions,
  LoadedHealth,
} from './HealthBatchLoader';
export { useHealthSummary } from './useHealthSummary';
export type { HealthSummaryState } from './useHealthSummary';
export {
  DashboardHealthStatusFilter,
  FILTER_STATUSES,
} from './DashboardHealthStatusFilter';
export type { DashboardHealthEntityFilters } from './DashboardHealthStatusFilter';
export { DashboardHealthStatusPicker } from './DashboardHealthStatusPicker';
export type { DashboardHealthStatusPickerProps } from './DashboardHealthStatusPicker';

export { DashboardsView } from './DashboardsView';
export { useDashboardHealthRows } from './useDashboardHealthRows';
export { useDashboardEntities } from './useDashboardEntities';
export { environmentsOf } from './dashboardEntities';
export { UnavailablePanel } from './UnavailablePanel';
export { errorMessage, HealthUnavailableError } from './HealthUnavailableError';
export { useEntityHealthPath } from './entityHealthPath';
export { STATUS_SEVERITY, STATUSES_WORST_FIRST } from './statusSeverity';
export type { DashboardEntity, DashboardRow } from './types';

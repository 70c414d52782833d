export { DashboardHealthSearchResultListItem } from './DashboardHealthSearchResultListItem';
export type { DashboardHealthSearchResultListItemProps } from './DashboardHealthSearchResultListItem';
export {
  DASHBOARD_HEALTH_SEARCH_TYPE,
  isDashboardHealthResult,
} from './isDashboardHealthResult';
export { readDashboardHealthDocument } from './dashboardHealthDocument';
export type { DashboardHealthSearchDocument } from './dashboardHealthDocument';

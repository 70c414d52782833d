import { SearchResult } from '@backstage/plugin-search-common';

/** The search document type the dashboard-health collator indexes, one document per dashboard. */
export const DASHBOARD_HEALTH_SEARCH_TYPE = 'dashboard-health';

/** Which search results {@link DashboardHealthSearchResultListItem} renders; the blueprint's `predicate`. */
export function isDashboardHealthResult(
  result: Pick<SearchResult, 'type'>,
): boolean {
  return result.type === DASHBOARD_HEALTH_SEARCH_TYPE;
}

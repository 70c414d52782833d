import { SearchResult } from '@backstage/plugin-search-common';
import { DASHBOARD_HEALTH_DOCUMENT_TYPE } from '@dashboard-health/plugin-dashboard-health-common';

/**
 * The search document type the dashboard-health collator indexes, one document per dashboard.
 *
 * @public
 */
export const DASHBOARD_HEALTH_SEARCH_TYPE = DASHBOARD_HEALTH_DOCUMENT_TYPE;

/**
 * Which search results {@link DashboardHealthSearchResultListItem} renders; the blueprint's `predicate`.
 *
 * @public
 */
export function isDashboardHealthResult(
  result: Pick<SearchResult, 'type'>,
): boolean {
  return result.type === DASHBOARD_HEALTH_SEARCH_TYPE;
}

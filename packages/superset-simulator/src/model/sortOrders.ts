import type { ResolvedDashboard } from './types';

type SortKey = (d: ResolvedDashboard) => string | number | null;

const SORT_KEYS: Record<string, SortKey> = {
  changed_on: d => d.changedOn,
  changed_on_delta_humanized: d => d.changedOn,
  dashboard_title: d => d.source.title.toLowerCase(),
  published: d => (d.source.published ? 1 : 0),
  'changed_by.first_name': d => d.changedBy?.first_name.toLowerCase() ?? null,
  'created_by.first_name': d => d.createdBy?.first_name.toLowerCase() ?? null,
};

/** The dashboard list's `order_columns`, in Superset's order. */
export const DASHBOARD_ORDER_COLUMNS = [
  'changed_by.first_name',
  'changed_on_delta_humanized',
  'created_by.first_name',
  'dashboard_title',
  'published',
  'changed_on',
];

function sortAscending(
  dashboards: ResolvedDashboard[],
  key: SortKey,
): ResolvedDashboard[] {
  const keyed = dashboards.map(d => ({ d, k: key(d) }));
  keyed.sort((a, b) => {
    // NULLS LAST ascending, as PostgreSQL sorts (and so NULLS FIRST when read backwards for desc).
    if (a.k !== b.k) {
      if (a.k === null) return 1;
      if (b.k === null) return -1;
      return a.k < b.k ? -1 : 1;
    }
    return a.d.source.id - b.d.source.id;
  });
  return keyed.map(entry => entry.d);
}

/**
 * Sorting once per scenario change keeps a list page request O(page) (or O(N) with filters) even for
 * the 10,000-dashboard load scenarios; every request then walks a precomputed order.
 */
export function buildDashboardOrders(
  dashboards: ResolvedDashboard[],
): Map<string, ResolvedDashboard[]> {
  const orders = new Map<string, ResolvedDashboard[]>();
  const byChangedOn = sortAscending(dashboards, SORT_KEYS.changed_on);
  for (const column of DASHBOARD_ORDER_COLUMNS) {
    orders.set(
      column,
      column === 'changed_on' || column === 'changed_on_delta_humanized'
        ? byChangedOn
        : sortAscending(dashboards, SORT_KEYS[column]),
    );
  }
  return orders;
}

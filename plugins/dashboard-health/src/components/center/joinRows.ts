import { HealthBatchResponse } from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardEntity, DashboardRow } from './types';

const NO_ISSUES = { critical: 0, warning: 0, info: 0 };

/**
 * One row per catalog dashboard, with its health where the batch has it. The catalog decides which rows
 * exist: a dashboard deleted from Superset leaves the catalog, so its leftover health is not shown; a
 * dashboard the batch does not mention has never been checked (as far as this user can tell).
 */
export function joinRows(
  dashboards: readonly DashboardEntity[],
  batch: HealthBatchResponse,
): DashboardRow[] {
  // The backend answers with lower-case refs; the catalog keeps the original case.
  const checked = new Map(
    batch.items.map(item => [item.entityRef.toLocaleLowerCase('en-US'), item]),
  );
  const unchecked = new Map(
    batch.unchecked.map(item => [
      item.entityRef.toLocaleLowerCase('en-US'),
      item,
    ]),
  );
  return dashboards.map(dashboard => {
    const health = checked.get(dashboard.key);
    const searchText = [dashboard.title, dashboard.name, health?.topIssue ?? '']
      .join('\n')
      .toLocaleLowerCase();
    if (health) {
      return {
        ...dashboard,
        status: health.status,
        summary: health.summary,
        issueCounts: health.issueCounts,
        topIssue: health.topIssue,
        lastCheckedAt: health.lastCheckedAt,
        nextRunAt: health.nextRunAt,
        searchText,
      };
    }
    return {
      ...dashboard,
      status: 'never',
      summary: null,
      issueCounts: NO_ISSUES,
      topIssue: null,
      lastCheckedAt: null,
      nextRunAt: unchecked.get(dashboard.key)?.nextRunAt ?? null,
      searchText,
    };
  });
}

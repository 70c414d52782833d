import { DisplayStatus } from '../shared';
import { DashboardRow } from '../center';

/** How many of the rows have each status; every status is present, zero included. */
export function countByStatus(
  rows: readonly DashboardRow[],
): Record<DisplayStatus, number> {
  const counts: Record<DisplayStatus, number> = {
    pass: 0,
    warn: 0,
    fail: 0,
    error: 0,
    never: 0,
  };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}

/** Only statuses that need someone's attention rank; pass and never-checked are not "worst". */
const RANK: Partial<Record<DisplayStatus, number>> = {
  fail: 0,
  error: 1,
  warn: 2,
};

/**
 * The dashboards most in need of attention: failing before erroring before warning, then the most critical
 * issues, then the oldest check (the longer it has been broken without a re-check, the more it needs a look).
 */
export function worstDashboards(
  rows: readonly DashboardRow[],
  limit = 5,
): DashboardRow[] {
  return rows
    .filter(row => RANK[row.status] !== undefined)
    .sort(
      (a, b) =>
        RANK[a.status]! - RANK[b.status]! ||
        b.issueCounts.critical - a.issueCounts.critical ||
        (a.lastCheckedAt ?? '').localeCompare(b.lastCheckedAt ?? ''),
    )
    .slice(0, limit);
}

import { STATUS_SEVERITY } from './statusSeverity';
import { DashboardRow } from './types';

export type SortColumn =
  | 'status'
  | 'title'
  | 'environment'
  | 'owner'
  | 'issues'
  | 'topIssue'
  | 'lastCheckedAt'
  | 'nextRunAt';

export interface Sort {
  column: SortColumn;
  direction: 'asc' | 'desc';
}

/** Worst first: what the Health Center is opened for. */
export const DEFAULT_SORT: Sort = { column: 'status', direction: 'desc' };

type Key = string | number | null;

const collator = new Intl.Collator(undefined, {
  numeric: true,
  sensitivity: 'base',
});

/** Issues compare by critical, then warning, then info count, packed into one number. */
function issueWeight(row: DashboardRow): number {
  const { critical, warning, info } = row.issueCounts;
  return critical * 1e8 + warning * 1e4 + info;
}

const KEYS: Record<SortColumn, (row: DashboardRow) => Key> = {
  status: row => STATUS_SEVERITY[row.status],
  title: row => row.title,
  environment: row => row.environment || null,
  owner: row => row.owner || null,
  issues: row => (row.status === 'never' ? null : issueWeight(row)),
  topIssue: row => row.topIssue,
  lastCheckedAt: row => row.lastCheckedAt,
  nextRunAt: row => row.nextRunAt,
};

function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * A sorted copy. Empty values (never checked, no next run) stay at the end in both directions, ties fall
 * back to the title so the order is stable between renders. ISO instants sort correctly as text.
 */
export function sortRows(
  rows: readonly DashboardRow[],
  sort: Sort,
): DashboardRow[] {
  const key = KEYS[sort.column];
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Keys are computed once per row, not once per comparison.
  const keyed = rows.map(row => ({ row, key: key(row) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key === b.key) return collator.compare(a.row.title, b.row.title);
      return a.key === null ? 1 : -1;
    }
    return (
      sign * compareKeys(a.key, b.key) ||
      collator.compare(a.row.title, b.row.title)
    );
  });
  return keyed.map(k => k.row);
}

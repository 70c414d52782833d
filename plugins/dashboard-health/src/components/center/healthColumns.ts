import { SortColumn } from './sortRows';

export interface HealthColumn {
  id: SortColumn;
  label: string;
  /**
   * The column's width under `table-layout: fixed`. Short columns get what their longest header or value
   * needs, so no word breaks inside; "Dashboard" and "Top issue" share the rest, and the top issue is cut
   * with an ellipsis instead of squeezing the others.
   */
  width: string;
}

export const HEALTH_COLUMNS: readonly HealthColumn[] = [
  { id: 'status', label: 'Status', width: '7.5rem' },
  { id: 'title', label: 'Dashboard', width: '16%' },
  { id: 'environment', label: 'Environment', width: '8.25rem' },
  { id: 'owner', label: 'Owner', width: '7.5rem' },
  { id: 'issues', label: 'Issues', width: '6rem' },
  { id: 'topIssue', label: 'Top issue', width: 'auto' },
  { id: 'lastCheckedAt', label: 'Last check', width: '7rem' },
  { id: 'nextRunAt', label: 'Next check', width: '7rem' },
];

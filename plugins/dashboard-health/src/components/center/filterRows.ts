import { DisplayStatus } from '../shared';
import { DashboardRow } from './types';

/** The Health Center's filters; '' means "any". */
export interface RowFilters {
  environment: string;
  owner: string;
  status: DisplayStatus | '';
  search: string;
}

export const NO_FILTERS: RowFilters = {
  environment: '',
  owner: '',
  status: '',
  search: '',
};

export function filterRows(
  rows: readonly DashboardRow[],
  filters: RowFilters,
): readonly DashboardRow[] {
  const search = filters.search.trim().toLocaleLowerCase();
  if (!filters.environment && !filters.owner && !filters.status && !search) {
    return rows;
  }
  return rows.filter(
    row =>
      (!filters.environment || row.environment === filters.environment) &&
      (!filters.owner || row.owner === filters.owner) &&
      (!filters.status || row.status === filters.status) &&
      (!search || row.searchText.includes(search)),
  );
}

/** The distinct non-empty values of one column, sorted, for a filter's options. */
export function distinctValues(
  rows: readonly DashboardRow[],
  column: 'environment' | 'owner',
): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    if (row[column]) values.add(row[column]);
  }
  return [...values].sort();
}

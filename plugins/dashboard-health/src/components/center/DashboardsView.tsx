import { EmptyState, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import { useMemo, useState } from 'react';
import {
  distinctValues,
  filterRows,
  NO_FILTERS,
  RowFilters,
} from './filterRows';
import { HealthFilters } from './HealthFilters';
import { HealthTable, ROWS_PER_PAGE_OPTIONS } from './HealthTable';
import { DEFAULT_SORT, Sort, sortRows } from './sortRows';
import { DashboardRow } from './types';
import { UnavailablePanel } from './UnavailablePanel';
import { useDashboardHealthRows } from './useDashboardHealthRows';

/** The Health Center's "Dashboards" tab: every visible dashboard with its latest health. */
export function DashboardsView() {
  const { value: rows, loading, error } = useDashboardHealthRows();

  if (error) return <UnavailablePanel error={error} />;
  if (loading || !rows) return <Progress />;
  if (rows.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No Superset dashboards in the catalog"
        description="Dashboards appear here once the Superset catalog provider has ingested them (kind Resource, type dashboard) and you may see them."
      />
    );
  }
  return <DashboardsTable rows={rows} />;
}

/**
 * Filters, sorts and pages the joined rows. Each step is memoised on its own inputs: typing in the search
 * re-filters but does not rebuild the filter options, paging neither filters nor sorts.
 */
function DashboardsTable(props: { rows: DashboardRow[] }) {
  const { rows } = props;
  const [filters, setFilters] = useState<RowFilters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(ROWS_PER_PAGE_OPTIONS[0]);

  const environments = useMemo(
    () => distinctValues(rows, 'environment'),
    [rows],
  );
  const owners = useMemo(() => distinctValues(rows, 'owner'), [rows]);
  const filtered = useMemo(() => filterRows(rows, filters), [rows, filters]);
  const sorted = useMemo(() => sortRows(filtered, sort), [filtered, sort]);

  // A changed filter, sort or page size starts again at the first page, so nobody lands on an empty page.
  const changeFilters = (next: RowFilters) => {
    setFilters(next);
    setPage(0);
  };
  const changeSort = (next: Sort) => {
    setSort(next);
    setPage(0);
  };
  const changeRowsPerPage = (next: number) => {
    setRowsPerPage(next);
    setPage(0);
  };

  return (
    <>
      <Box mb={2}>
        <HealthFilters
          filters={filters}
          onChange={changeFilters}
          environments={environments}
          owners={owners}
        />
      </Box>
      <HealthTable
        rows={sorted}
        sort={sort}
        onSortChange={changeSort}
        page={page}
        rowsPerPage={rowsPerPage}
        onPageChange={setPage}
        onRowsPerPageChange={changeRowsPerPage}
      />
    </>
  );
}

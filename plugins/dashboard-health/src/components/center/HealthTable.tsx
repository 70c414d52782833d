import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableContainer from '@material-ui/core/TableContainer';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import { makeStyles } from '@material-ui/core/styles';
import { useEntityHealthPath } from './entityHealthPath';
import { HEALTH_COLUMNS as COLUMNS } from './healthColumns';
import { HealthTableRow } from './HealthTableRow';
import { Sort, SortColumn } from './sortRows';
import { DashboardRow } from './types';

export const ROWS_PER_PAGE_OPTIONS = [25, 50, 100];

export interface HealthTableProps {
  /** Already filtered and sorted; the table shows one page of them. */
  rows: readonly DashboardRow[];
  sort: Sort;
  onSortChange: (sort: Sort) => void;
  page: number;
  rowsPerPage: number;
  onPageChange: (page: number) => void;
  onRowsPerPageChange: (rowsPerPage: number) => void;
}

const useStyles = makeStyles(theme => ({
  // Fixed layout: the widths hold whatever the cells contain, so a long issue cannot squeeze the others.
  table: {
    tableLayout: 'fixed',
    '& th, & td': { padding: theme.spacing(0.75, 1) },
  },
  header: { whiteSpace: 'nowrap' },
}));

/** Renders only the current page, so 10,000 dashboards cost no more than 25 (or 100). */
export function HealthTable(props: HealthTableProps) {
  const { rows, sort, page, rowsPerPage } = props;
  const classes = useStyles();
  const healthPath = useEntityHealthPath();
  const pageRows = rows.slice(page * rowsPerPage, (page + 1) * rowsPerPage);

  const toggleSort = (column: SortColumn) =>
    props.onSortChange({
      column,
      direction:
        sort.column === column && sort.direction === 'asc' ? 'desc' : 'asc',
    });

  return (
    <>
      <TableContainer>
        <Table size="small" aria-label="Dashboards" className={classes.table}>
          <TableHead>
            <TableRow>
              {COLUMNS.map(column => (
                <TableCell
                  key={column.id}
                  className={classes.header}
                  style={{ width: column.width }}
                  sortDirection={
                    sort.column === column.id ? sort.direction : false
                  }
                >
                  <TableSortLabel
                    active={sort.column === column.id}
                    direction={
                      sort.column === column.id ? sort.direction : 'asc'
                    }
                    onClick={() => toggleSort(column.id)}
                  >
                    {column.label}
                  </TableSortLabel>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {pageRows.map(row => (
              <HealthTableRow
                key={row.key}
                row={row}
                healthPath={healthPath(row.ref)}
              />
            ))}
            {pageRows.length === 0 && (
              <TableRow>
                <TableCell colSpan={COLUMNS.length} align="center">
                  No dashboards match these filters.
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={rows.length}
        page={page}
        rowsPerPage={rowsPerPage}
        rowsPerPageOptions={ROWS_PER_PAGE_OPTIONS}
        onPageChange={(_event, next) => props.onPageChange(next)}
        onRowsPerPageChange={event =>
          props.onRowsPerPageChange(Number(event.target.value))
        }
      />
    </>
  );
}

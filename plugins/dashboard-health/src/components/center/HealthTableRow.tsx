import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { memo } from 'react';
import { formatInstant, StatusChip } from '../shared';
import { IssueCounts } from './IssueCounts';
import { TruncatedText } from './TruncatedText';
import { DashboardRow } from './types';

export interface HealthTableRowProps {
  row: DashboardRow;
  /** The row's link target, computed by the table so every row shares one route lookup. */
  healthPath: string;
}

function Row(props: HealthTableRowProps) {
  const { row, healthPath } = props;
  return (
    <TableRow hover>
      <TableCell title={row.summary ?? undefined}>
        <StatusChip status={row.status} />
      </TableCell>
      <TableCell>
        <Link to={healthPath}>{row.title}</Link>
      </TableCell>
      <TableCell>{row.environment || '—'}</TableCell>
      <TableCell>
        {row.owner ? (
          <EntityRefLink entityRef={row.owner} defaultKind="group" hideIcon />
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell>
        <IssueCounts row={row} />
      </TableCell>
      <TableCell>
        {row.topIssue ? <TruncatedText text={row.topIssue} /> : '—'}
      </TableCell>
      <TableCell>
        {row.lastCheckedAt ? formatInstant(row.lastCheckedAt) : 'never'}
      </TableCell>
      <TableCell>
        {row.nextRunAt ? formatInstant(row.nextRunAt) : 'not planned'}
      </TableCell>
    </TableRow>
  );
}

/** One dashboard. Memoised: paging and sorting re-render the table, unchanged rows need not re-render. */
export const HealthTableRow = memo(Row);

import { Link } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { useEntityHealthPath } from '../center/entityHealthPath';
import { outcomeLabel } from './outcomeStyle';
import { clockTime, latenessText } from './slotTimes';
import { TimelineRow } from './timelineRows';
import { formatDuration } from '../shared';

/** The timeline's slots as a table: what a screen reader reads, and keyboard links to each Health tab. */
export function SlotTable(props: {
  rows: TimelineRow[];
  timezone: string;
  label: string;
}) {
  const { rows, timezone, label } = props;
  const healthPath = useEntityHealthPath();
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>Dashboard</TableCell>
          <TableCell>Planned</TableCell>
          <TableCell>Started</TableCell>
          <TableCell>Lateness</TableCell>
          <TableCell>Duration</TableCell>
          <TableCell>Outcome</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => (
          <TableRow key={row.label}>
            <TableCell>
              <Link to={healthPath(row.entityRef)}>{row.title}</Link>
            </TableCell>
            <TableCell>{clockTime(row.plannedMs, timezone)}</TableCell>
            <TableCell>
              {row.startedMs === null
                ? '—'
                : clockTime(row.startedMs, timezone)}
            </TableCell>
            <TableCell>{latenessText(row)}</TableCell>
            <TableCell>
              {row.startedMs !== null && row.endMs !== null
                ? formatDuration(row.endMs - row.startedMs)
                : '—'}
            </TableCell>
            <TableCell>{outcomeLabel(row.outcome)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableRow from '@material-ui/core/TableRow';
import { STATUSES_WORST_FIRST } from '../center';
import { DisplayStatus, StatusChip } from '../shared';

/** One line per status, worst first, zeros included so the picture is complete at a glance. */
export function StatusCounts(props: { counts: Record<DisplayStatus, number> }) {
  return (
    <Table size="small" aria-label="Dashboards by status">
      <TableBody>
        {STATUSES_WORST_FIRST.map(status => (
          <TableRow key={status}>
            <TableCell>
              <StatusChip status={status} />
            </TableCell>
            <TableCell align="right">{props.counts[status]}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

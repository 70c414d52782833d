import IconButton from '@material-ui/core/IconButton';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { makeStyles } from '@material-ui/core/styles';
import DeleteIcon from '@material-ui/icons/Delete';
import EditIcon from '@material-ui/icons/Edit';
import { ValidationPolicy } from '@dashboard-health/plugin-dashboard-health-common';
import { Link } from '@backstage/core-components';
import { formatWindow, usePolicyPagePath } from '../shared';

export interface PolicyTableProps {
  policies: ValidationPolicy[];
  canUpdate: boolean;
  canDelete: boolean;
  onEdit: (policy: ValidationPolicy) => void;
  onDelete: (policy: ValidationPolicy) => void;
}

/** "15", or "15 + selector" when the policy also picks dashboards by tags or owners when planning. */
function dashboardCount(policy: ValidationPolicy): string {
  const count = String(policy.entityRefs.length);
  return policy.selector ? `${count} + selector` : count;
}

const useStyles = makeStyles({
  // Headers are single words: they never wrap, the values below them may.
  table: { '& th': { whiteSpace: 'nowrap' } },
});

/** The policies; a name opens the policy's page (timeline, forecast, "Validate now"). */
export function PolicyTable(props: PolicyTableProps) {
  const { policies, canUpdate, canDelete, onEdit, onDelete } = props;
  const hasActions = canUpdate || canDelete;
  const policyPath = usePolicyPagePath();
  const classes = useStyles();
  return (
    <Table size="small" aria-label="Policies" className={classes.table}>
      <TableHead>
        <TableRow>
          <TableCell>Name</TableCell>
          <TableCell>Environment</TableCell>
          <TableCell>Window</TableCell>
          <TableCell>Dashboards</TableCell>
          <TableCell>Enabled</TableCell>
          {hasActions && <TableCell align="right">Actions</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {policies.map(policy => (
          <TableRow key={policy.id}>
            <TableCell>
              <Link to={policyPath(policy.id)}>{policy.name}</Link>
            </TableCell>
            <TableCell>{policy.environment}</TableCell>
            <TableCell>{formatWindow(policy.window)}</TableCell>
            <TableCell>{dashboardCount(policy)}</TableCell>
            <TableCell>{policy.enabled ? 'Yes' : 'No'}</TableCell>
            {hasActions && (
              <TableCell align="right">
                {canUpdate && (
                  <IconButton
                    size="small"
                    aria-label={`Edit ${policy.name}`}
                    onClick={() => onEdit(policy)}
                  >
                    <EditIcon fontSize="small" />
                  </IconButton>
                )}
                {canDelete && (
                  <IconButton
                    size="small"
                    aria-label={`Delete ${policy.name}`}
                    onClick={() => onDelete(policy)}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

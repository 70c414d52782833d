import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { DashboardHealthStatus } from '@dashboard-health/plugin-dashboard-health-common';

/** A dashboard's health status, or `never` when it has not been checked (the domain's own type). */
export type DisplayStatus = DashboardHealthStatus;

const LABELS: Record<DisplayStatus, string> = {
  pass: 'Pass',
  warn: 'Warning',
  fail: 'Failing',
  error: 'Error',
  never: 'Never checked',
};

const useStyles = makeStyles(theme => ({
  pass: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  warn: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  fail: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  error: {
    backgroundColor: theme.palette.grey[700],
    color: theme.palette.common.white,
  },
  never: {},
}));

export function statusLabel(status: DisplayStatus): string {
  return LABELS[status];
}

/** The one way a status is shown everywhere: same words, same colours. */
export function StatusChip(props: {
  status: DisplayStatus;
  size?: 'small' | 'medium';
}) {
  const classes = useStyles();
  return (
    <Chip
      size={props.size ?? 'small'}
      label={LABELS[props.status]}
      className={classes[props.status]}
      variant={props.status === 'never' ? 'outlined' : 'default'}
      data-testid={`status-${props.status}`}
    />
  );
}

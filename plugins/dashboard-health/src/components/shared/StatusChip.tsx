import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { backgroundForWhiteText } from './readableColors';
import { DashboardHealthStatus } from '@dashboard-health/plugin-dashboard-health-common';

/**
 * A dashboard's health status, or `never` when it has not been checked (the domain's own type).
 *
 * @public
 */
export type DisplayStatus = DashboardHealthStatus;

const LABELS: Record<DisplayStatus, string> = {
  pass: 'Pass',
  warn: 'Warning',
  fail: 'Failing',
  error: 'Error',
  never: 'Never checked',
};

// Each status on a background that carries white text at AA contrast (the plain palette colours do not).
const useStyles = makeStyles(theme => ({
  pass: {
    backgroundColor: backgroundForWhiteText(theme.palette.success.main),
    color: theme.palette.common.white,
  },
  warn: {
    // Amber stays amber: dark text on it, as the palette intends.
    backgroundColor: theme.palette.warning.main,
    color: 'rgba(0, 0, 0, 0.87)',
  },
  fail: {
    backgroundColor: backgroundForWhiteText(theme.palette.error.main),
    color: theme.palette.common.white,
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

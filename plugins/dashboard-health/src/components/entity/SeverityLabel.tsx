import { Severity } from '@dashboard-health/plugin-dashboard-health-common';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import ErrorIcon from '@material-ui/icons/Error';
import InfoIcon from '@material-ui/icons/Info';
import WarningIcon from '@material-ui/icons/Warning';

const LABELS: Record<Severity, string> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Info',
};

const useStyles = makeStyles(theme => ({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
  },
  critical: { color: theme.palette.error.main },
  warning: { color: theme.palette.warning.main },
  info: { color: theme.palette.info.main },
}));

export function severityLabel(severity: Severity): string {
  return LABELS[severity];
}

/** A severity as icon and word; the word matters because colour alone is not enough for everyone. */
export function SeverityLabel(props: { severity: Severity }) {
  const classes = useStyles();
  const Icon = { critical: ErrorIcon, warning: WarningIcon, info: InfoIcon }[
    props.severity
  ];
  return (
    <Typography variant="body2" component="span" className={classes.root}>
      <Icon fontSize="small" className={classes[props.severity]} />
      {LABELS[props.severity]}
    </Typography>
  );
}

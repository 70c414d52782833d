import {
  RecordStatus,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { formatInstant, statusLabel } from '../shared';
import { HealthTrendChart } from './HealthTrendChart';
import { HealthHistory, HISTORY_CAP, HISTORY_DAYS } from './loadHistory';
import { trendPoints } from './trendPoints';

// The same colours as StatusChip, so a mark and a chip of one status look alike.
const useStyles = makeStyles(theme => ({
  strip: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: 2,
    margin: theme.spacing(1, 0),
  },
  mark: {
    display: 'inline-block',
    width: 10,
    height: 18,
    borderRadius: 2,
  },
  pass: { backgroundColor: theme.palette.success.main },
  warn: { backgroundColor: theme.palette.warning.main },
  fail: { backgroundColor: theme.palette.error.main },
  error: { backgroundColor: theme.palette.grey[700] },
}));

function describe(record: ValidationRecord): string {
  return `${statusLabel(record.status)}, ${formatInstant(record.startedAt)}: ${
    record.summary
  }`;
}

function Mark(props: { record: ValidationRecord; className: string }) {
  const label = describe(props.record);
  return (
    <Tooltip title={label}>
      <span
        role="img"
        aria-label={label}
        className={props.className}
        data-testid="history-mark"
        data-status={props.record.status}
      />
    </Tooltip>
  );
}

/**
 * One coloured mark per check of the last 90 days, oldest on the left, so a trend shows at a glance; below
 * it the issue counts and durations of the same checks as a chart.
 */
export function HistoryTimeline(props: {
  history: HealthHistory;
  /** A fixed chart width (tests: jsdom has no layout). */
  chartWidth?: number;
}) {
  const classes = useStyles();
  const { records, truncated } = props.history;
  if (records.length === 0) {
    return (
      <Typography variant="body2">
        No checks in the last {HISTORY_DAYS} days.
      </Typography>
    );
  }
  const markClass = (status: RecordStatus) =>
    `${classes.mark} ${classes[status]}`;
  return (
    <>
      <Typography variant="body2" color="textSecondary">
        {truncated
          ? `The latest ${HISTORY_CAP} checks of the last ${HISTORY_DAYS} days`
          : `${records.length} ${
              records.length === 1 ? 'check' : 'checks'
            } in the last ${HISTORY_DAYS} days`}
        , oldest first
      </Typography>
      <Box className={classes.strip} data-testid="history-timeline">
        {records.map(record => (
          <Mark
            key={record.id}
            record={record}
            className={markClass(record.status)}
          />
        ))}
      </Box>
      <Box data-testid="health-trend" mt={2}>
        <HealthTrendChart
          points={trendPoints(records)}
          width={props.chartWidth}
        />
      </Box>
    </>
  );
}

import {
  RecordStatus,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import Typography from '@material-ui/core/Typography';
import Alert, { Color } from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import { formatDuration, StatusChip, statusLabel } from '../shared';
import { Instant } from './Instant';
import { LatestCheckSummary } from './LatestCheckSummary';
import { LlmSummary } from './LlmSummary';

// `error` means the check could not be done (Superset down, dashboard gone), which needs action as much as
// a failing dashboard; `warn` is worth a look but nothing is broken.
const SEVERITY: Record<RecordStatus, Color> = {
  pass: 'success',
  warn: 'warning',
  fail: 'error',
  error: 'error',
};

/**
 * The answer to "is this dashboard healthy?" at the top of the tab: status, summary, when and how long, and
 * the LLM review's summary apart. `lastCompleted` says how the last check that was done ended when the
 * latest could not be done.
 */
export function HealthBanner(props: {
  record: ValidationRecord | null;
  lastCompleted: ValidationRecord | null;
}) {
  const { record, lastCompleted } = props;
  if (!record) {
    return (
      <Alert severity="info" data-testid="health-banner">
        <AlertTitle>{statusLabel('never')}</AlertTitle>
        This dashboard has not been validated yet.
      </Alert>
    );
  }
  const { facts } = record;
  return (
    <Alert
      severity={SEVERITY[record.status]}
      icon={<StatusChip status={record.status} />}
      data-testid="health-banner"
    >
      <AlertTitle data-testid="latest-summary">
        <LatestCheckSummary record={record} lastCompleted={lastCompleted} />
      </AlertTitle>
      <Typography variant="body2" component="div">
        Checked <Instant iso={record.finishedAt} /> in{' '}
        {formatDuration(record.durationMs)} on {record.environment} ·{' '}
        {facts.chartCount} charts: {facts.failedCharts} failed,{' '}
        {facts.emptyCharts} empty, {facts.staleCharts} stale
      </Typography>
      <LlmSummary record={record} />
    </Alert>
  );
}

import { usePermission } from '@backstage/plugin-permission-react';
import {
  dashboardHealthRunCreatePermission,
  Run,
} from '@dashboard-health/plugin-dashboard-health-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import PlayArrowIcon from '@material-ui/icons/PlayArrow';
import Alert from '@material-ui/lab/Alert';
import { describeError } from './describeError';
import { Instant } from './Instant';
import { RunNowState, useRunNow } from './useRunNow';

function progressText(state: RunNowState): string | undefined {
  if (state.phase === 'starting') return 'Starting a check…';
  if (state.phase !== 'waiting') return undefined;
  return state.run.status === 'running'
    ? 'Checking the dashboard…'
    : 'Check queued, waiting for a free slot…';
}

// A run that produced a record shows its result in the banner; one that did not must say why here.
function Outcome(props: { run: Run; onClose: () => void }) {
  const { run, onClose } = props;
  if (run.recordId) {
    return (
      <Alert severity="info" onClose={onClose}>
        Check finished
        {run.finishedAt ? (
          <>
            {' '}
            <Instant iso={run.finishedAt} />
          </>
        ) : null}
        ; the results below are up to date.
      </Alert>
    );
  }
  return (
    <Alert severity="warning" onClose={onClose}>
      The check ended {run.status}
      {run.reason ? `: ${run.reason}` : ''}.
    </Alert>
  );
}

/**
 * "Run now": validates the dashboard on demand and follows the run until it ends. Hidden for users
 * without `dashboard-health.run.create`, as the backend would refuse them anyway.
 */
export function RunNow(props: {
  entityRef: string;
  pollIntervalMs?: number;
  onFinished: (run: Run) => void;
}) {
  // A resource permission: the decision is about this dashboard (e.g. whether the user owns it).
  const { allowed } = usePermission({
    permission: dashboardHealthRunCreatePermission,
    resourceRef: props.entityRef,
  });
  const { state, start, dismiss } = useRunNow(props);
  if (!allowed) return null;
  const busy = state.phase === 'starting' || state.phase === 'waiting';
  const progress = progressText(state);
  return (
    <Box display="flex" flexDirection="column" gridGap={8}>
      <Box>
        <Button
          variant="contained"
          color="primary"
          startIcon={<PlayArrowIcon />}
          disabled={busy}
          onClick={start}
        >
          {busy ? 'Running…' : 'Run now'}
        </Button>
      </Box>
      {progress && (
        <Box data-testid="run-progress">
          <Typography variant="body2">{progress}</Typography>
          <LinearProgress />
        </Box>
      )}
      {state.phase === 'finished' && (
        <Outcome run={state.run} onClose={dismiss} />
      )}
      {state.phase === 'failed' && (
        <Alert severity="error" onClose={dismiss}>
          Could not run the check: {describeError(state.error)}
        </Alert>
      )}
    </Box>
  );
}

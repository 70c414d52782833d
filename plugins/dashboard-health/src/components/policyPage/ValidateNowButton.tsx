import { usePermission } from '@backstage/plugin-permission-react';
import { dashboardHealthRunCreatePermission } from '@dashboard-health/plugin-dashboard-health-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import PlayArrowIcon from '@material-ui/icons/PlayArrow';
import Alert from '@material-ui/lab/Alert';
import { DateTime } from 'luxon';
import { errorMessage } from '../center';
import { useValidateNow } from './useValidateNow';

function localTime(iso: string): string {
  return DateTime.fromISO(iso).toLocal().toFormat('HH:mm');
}

/**
 * "Validate now": every dashboard of the policy, now, spread over a short window under the caps rather
 * than all at once. Hidden for users who may not start runs (the backend would refuse them).
 */
export function ValidateNowButton(props: {
  policyId: string;
  /**
   * One of the policy's dashboards. Starting runs is a resource permission (decided per dashboard); the
   * button asks about this one, the backend checks every dashboard it runs.
   */
  resourceRef: string | undefined;
  onStarted?: () => void;
}) {
  const { allowed, loading } = usePermission({
    permission: dashboardHealthRunCreatePermission,
    resourceRef: props.resourceRef,
  });
  const { state, start, reset } = useValidateNow(
    props.policyId,
    props.onStarted,
  );
  if (loading || !allowed) return null;
  return (
    <Box display="flex" alignItems="center" gridGap={12} flexWrap="wrap">
      <Button
        variant="contained"
        color="primary"
        startIcon={<PlayArrowIcon />}
        disabled={state.phase === 'starting'}
        onClick={start}
      >
        Validate now
      </Button>
      {state.phase === 'started' && (
        <Alert
          severity="info"
          onClose={reset}
          data-testid="validate-now-started"
        >
          {state.batch.slots.length} dashboards spread over{' '}
          {localTime(state.batch.windowStart)}–
          {localTime(state.batch.windowEnd)}; the timeline below follows them.
        </Alert>
      )}
      {state.phase === 'failed' && (
        <Alert severity="error" onClose={reset}>
          Could not start: {errorMessage(state.error)}
        </Alert>
      )}
    </Box>
  );
}

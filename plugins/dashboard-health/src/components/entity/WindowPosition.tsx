import { Link, Progress } from '@backstage/core-components';
import { NextRun } from '@dashboard-health/plugin-dashboard-health-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { usePolicyPagePath } from '../shared';
import { useSlotPosition } from './useSlotPosition';
import { WindowPositionChart } from './WindowPositionChart';

function clock(iso: string, timezone: string): string {
  return DateTime.fromISO(iso, { zone: timezone }).toFormat('HH:mm');
}

/**
 * "Slot 7 of 15 of Nightly prod, 02:24 in 01:00–05:00 Europe/Berlin", a picture of the window with this
 * dashboard's mark, and a link to the policy's timeline.
 */
export function WindowPosition(props: {
  nextRun: NextRun | null;
  entityRef: string;
  chartWidth?: number;
}) {
  const { nextRun, entityRef } = props;
  const position = useSlotPosition(nextRun, entityRef);
  const policyPath = usePolicyPagePath();
  const policy = nextRun?.policy;
  if (!nextRun || !policy) {
    return (
      <Typography variant="body2" data-testid="window-position">
        Not in any policy’s window: only “Run now” checks it.
      </Typography>
    );
  }
  if (position.loading) return <Progress />;
  const { timezone } = policy.window;
  const value = position.value;
  return (
    <Box data-testid="window-position">
      <Typography variant="body2">
        {value
          ? `Slot ${value.index} of ${value.count} of ${policy.name}: ${clock(
              value.plannedAt,
              timezone,
            )} in ${clock(value.windowStart, timezone)}–${clock(
              value.windowEnd,
              timezone,
            )} ${timezone}`
          : `Planned ${clock(nextRun.plannedAt, timezone)} ${timezone} by ${
              policy.name
            }`}
      </Typography>
      {value && (
        // The sentence above says what the picture shows; its marks are not announced one by one.
        <div aria-hidden="true">
          <WindowPositionChart
            position={value}
            timezone={timezone}
            width={props.chartWidth}
          />
        </div>
      )}
      <Link to={policyPath(policy.id)}>See the whole window</Link>
    </Box>
  );
}

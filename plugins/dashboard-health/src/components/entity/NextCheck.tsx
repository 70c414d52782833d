import { NextRun } from '@dashboard-health/plugin-dashboard-health-common';
import Typography from '@material-ui/core/Typography';
import { nextCheckText } from './nextCheckText';

/** When the dashboard will be checked next, and under which policy window. */
export function NextCheck(props: { nextRun: NextRun | null }) {
  return (
    <Typography variant="body2" data-testid="next-check">
      {nextCheckText(props.nextRun)}
    </Typography>
  );
}

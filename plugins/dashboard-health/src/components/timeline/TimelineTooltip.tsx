import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { TooltipProps } from 'recharts';
import { outcomeLabel } from './outcomeStyle';
import { actualText, clockTime } from './slotTimes';
import { TimelineRow } from './timelineRows';

/** What hovering or focusing a slot shows: the dashboard, planned and actual times, and the outcome. */
export function TimelineTooltip(
  props: TooltipProps<number, string> & { timezone: string },
) {
  const row = props.active
    ? (props.payload?.[0]?.payload as TimelineRow | undefined)
    : undefined;
  if (!row) return null;
  return (
    <Paper elevation={3} style={{ padding: 8 }} data-testid="timeline-tooltip">
      <Typography variant="subtitle2">{row.title}</Typography>
      <Typography variant="body2">
        Planned {clockTime(row.plannedMs, props.timezone)}
      </Typography>
      <Typography variant="body2">{actualText(row, props.timezone)}</Typography>
      <Typography variant="body2">
        Outcome: {outcomeLabel(row.outcome)}
        {row.reason ? ` — ${row.reason}` : ''}
      </Typography>
      <Typography variant="caption" color="textSecondary">
        Click to open its Health tab
      </Typography>
    </Paper>
  );
}

import Typography from '@material-ui/core/Typography';
import { peakConcurrency, ConcurrencyPoint } from './concurrencySeries';
import { TimelineRow } from './timelineRows';

/** "15 slots · 9 ran · 2 late · peak 2 at once (cap 2)": the picture's numbers in words. */
export function timelineSummary(
  rows: readonly TimelineRow[],
  points: readonly ConcurrencyPoint[],
  cap: number | null,
  lateAfterMs: number,
): string {
  const ran = rows.filter(row => row.startedMs !== null).length;
  const late = rows.filter(
    row => row.latenessMs !== null && row.latenessMs > lateAfterMs,
  ).length;
  const missed = rows.filter(row => row.outcome === 'missed').length;
  const parts = [
    `${rows.length} ${rows.length === 1 ? 'slot' : 'slots'}`,
    `${ran} ran`,
    `${late} late`,
  ];
  if (missed) parts.push(`${missed} missed`);
  parts.push(
    `peak ${peakConcurrency(points)} at once${
      cap === null ? '' : ` (cap ${cap})`
    }`,
  );
  return parts.join(' · ');
}

export function TimelineSummaryText(props: { text: string }) {
  return (
    <Typography
      variant="body2"
      color="textSecondary"
      data-testid="timeline-summary"
    >
      {props.text}
    </Typography>
  );
}

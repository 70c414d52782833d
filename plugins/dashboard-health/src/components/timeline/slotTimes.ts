import { DateTime } from 'luxon';
import { formatDuration } from '../shared';
import { TimelineRow } from './timelineRows';

/** "02:24:10" on the window's own clock. */
export function clockTime(ms: number, timezone: string): string {
  return DateTime.fromMillis(ms, { zone: timezone }).toFormat('HH:mm:ss');
}

/** "02:24" on the window's own clock, for axis ticks. */
export function axisTime(ms: number, timezone: string): string {
  return DateTime.fromMillis(ms, { zone: timezone }).toFormat('HH:mm');
}

/** Lateness within this much counts as on time: the dispatcher ticks every few seconds. */
export const ON_TIME_MS = 15_000;

/** "on time", "2 min 5 s late", "not started". */
export function latenessText(row: Pick<TimelineRow, 'latenessMs'>): string {
  if (row.latenessMs === null) return 'not started';
  if (row.latenessMs <= ON_TIME_MS) return 'on time';
  return `${formatDuration(row.latenessMs)} late`;
}

/** "started 02:24:31 (on time), took 41.2 s" or "not started". */
export function actualText(row: TimelineRow, timezone: string): string {
  if (row.startedMs === null) return 'not started';
  const took =
    row.endMs === null || row.status === 'running'
      ? 'still running'
      : `took ${formatDuration(row.endMs - row.startedMs)}`;
  return `started ${clockTime(row.startedMs, timezone)} (${latenessText(
    row,
  )}), ${took}`;
}

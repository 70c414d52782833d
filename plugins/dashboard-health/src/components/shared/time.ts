import { Window } from '@dashboard-health/plugin-dashboard-health-common';
import { DateTime } from 'luxon';

/**
 * An instant in the viewer's own zone, relative to today where that reads better:
 * "today 02:24", "tomorrow 01:08", "Mon 3 Mar 14:02".
 */
export function formatInstant(iso: string, now: Date = new Date()): string {
  const at = DateTime.fromISO(iso).toLocal();
  const today = DateTime.fromJSDate(now).toLocal().startOf('day');
  const days = Math.round(at.startOf('day').diff(today, 'days').days);
  const time = at.toFormat('HH:mm');
  if (days === 0) return `today ${time}`;
  if (days === 1) return `tomorrow ${time}`;
  if (days === -1) return `yesterday ${time}`;
  return at.toFormat(
    at.year === today.year ? 'ccc d LLL HH:mm' : 'd LLL yyyy HH:mm',
  );
}

/**
 * How long ago (or until) an instant is, in words: "2 days ago", "in 3 hours". English like the sentences
 * it goes into, whatever the browser's locale.
 */
export function formatRelative(iso: string, now: Date = new Date()): string {
  return (
    DateTime.fromISO(iso).toRelative({
      base: DateTime.fromJSDate(now),
      locale: 'en',
    }) ?? formatInstant(iso, now)
  );
}

/** A window in its own zone, always naming it: "01:00–05:00 Europe/Berlin". */
export function formatWindow(window: Window): string {
  const days = window.days ? ` (${window.days.join(', ')})` : '';
  return `${window.start}–${window.end} ${window.timezone}${days}`;
}

/** "1.2 s", "3 min 4 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

import { DateTime, IANAZone } from 'luxon';
import { WindowPlanError } from './errors';
import { WEEKDAYS, Window } from './schema';

/**
 * One concrete occurrence of a daily window, as real instants.
 *
 * @public
 */
export interface WindowBounds {
  /** The calendar date (in the window's zone) the occurrence starts on. */
  date: string;
  /** The instant the occurrence opens. */
  start: DateTime;
  /** The instant the occurrence closes. */
  end: DateTime;
}

/**
 * The real instants a window covers on a date. Local times are resolved by luxon:
 * - a time skipped by a spring-forward change (02:30 in Berlin on 2026-03-29) moves forward by the
 *   size of the gap (03:30 CEST);
 * - a time that occurs twice on a fall-back day (02:30 in Berlin on 2026-10-25) takes the later of the
 *   two offsets (02:30 CET, the second occurrence).
 * So a 01:00–05:00 window lasts 3 h of real time on a spring-forward night and 5 h on a fall-back night.
 * `end` at or before `start` (as clock times) means the window ends on the next calendar date.
 *
 * @public
 */
export function windowBounds(window: Window, date: string): WindowBounds {
  const zone = resolveZone(window.timezone);
  const day = DateTime.fromISO(date, { zone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !day.isValid) {
    throw new WindowPlanError(
      'invalid-date',
      'date',
      `'${date}' is not a calendar date as YYYY-MM-DD`,
    );
  }
  const crossesMidnight = window.end <= window.start;
  const start = atLocalTime(day, window.start, zone);
  const end = atLocalTime(
    crossesMidnight ? day.plus({ days: 1 }) : day,
    window.end,
    zone,
  );
  if (end.toMillis() <= start.toMillis()) {
    // Only when the start falls into a DST gap and moves past the end, e.g. 02:30–03:15 on a spring-forward
    // night in Berlin: 02:30 becomes 03:30, after 03:15.
    throw new WindowPlanError(
      'empty-window',
      'window',
      `${window.start}–${window.end} does not exist on ${date} in ${window.timezone} (skipped by a daylight-saving change)`,
    );
  }
  return { date, start, end };
}

/**
 * Whether the window runs on the given start date (its optional `days` of week).
 *
 * @public
 */
export function isWindowDay(window: Window, date: string): boolean {
  if (!window.days) return true;
  const weekday = DateTime.fromISO(date, {
    zone: resolveZone(window.timezone),
  }).weekday;
  return window.days.includes(WEEKDAYS[weekday - 1]);
}

/**
 * The occurrence that is open at `now` or opens next, honouring `days`: the default date for a preview and
 * the first date the scheduler plans. Yesterday's occurrence counts while a cross-midnight window is open.
 *
 * @public
 */
export function nextWindowDate(window: Window, now: Date): string {
  const zone = resolveZone(window.timezone);
  const today = DateTime.fromJSDate(now, { zone }).startOf('day');
  for (let offset = -1; offset <= 8; offset++) {
    const date = today.plus({ days: offset }).toISODate()!;
    if (!isWindowDay(window, date)) continue;
    try {
      if (windowBounds(window, date).end.toMillis() > now.getTime())
        return date;
    } catch (error) {
      if (error instanceof WindowPlanError && error.code === 'empty-window')
        continue;
      throw error;
    }
  }
  // Unreachable for a valid window: at least one day of every week is a window day.
  throw new WindowPlanError(
    'invalid-window',
    'window.days',
    'the window never occurs',
  );
}

/**
 * Built from calendar fields rather than with `day.set(...)`: `set` guesses from the offset of midnight and
 * so resolves a repeated time differently; `fromObject` gives luxon's documented resolution.
 */
function atLocalTime(day: DateTime, time: string, zone: string): DateTime {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour, minute },
    { zone },
  );
}

function resolveZone(timezone: string): string {
  if (!IANAZone.isValidZone(timezone)) {
    throw new WindowPlanError(
      'unknown-timezone',
      'window.timezone',
      `'${timezone}' is not a known IANA time zone (e.g. Europe/Berlin)`,
    );
  }
  return timezone;
}

import { DateTime, Duration, Interval } from 'luxon';

/**
 * The span of the time-grain bucket that starts at `bucketStart` (a chart's newest time value). A monthly
 * chart's latest bucket starts on the 1st, so on the 24th its "latest data" is 23 days old and still
 * current; staleness is judged beyond one bucket. Calendar grains are measured from the bucket's start
 * (February is 28 days), in UTC as Superset's results are.
 *
 * Superset's grains are ISO 8601 durations (`P1D`, `PT15M`) or, for weeks starting or ending on a given
 * weekday, intervals anchored at a date (`1969-12-28T00:00:00Z/P1W`, `P1W/1970-01-03T00:00:00Z`); both
 * span one week. A grain that is neither counts as no bucket (0), the strictest reading.
 */
export function grainMs(
  grain: string | undefined,
  bucketStart: string,
): number {
  const duration = grain ? grainDuration(grain) : undefined;
  if (!duration) return 0;
  const start = DateTime.fromISO(bucketStart, { zone: 'utc' });
  if (!start.isValid) return duration.as('milliseconds');
  return start.plus(duration).toMillis() - start.toMillis();
}

function grainDuration(grain: string): Duration | undefined {
  if (grain.includes('/')) {
    const interval = Interval.fromISO(grain, { zone: 'utc' });
    return interval.isValid ? anchoredLength(grain, interval) : undefined;
  }
  const duration = Duration.fromISO(grain);
  return duration.isValid ? duration : undefined;
}

/** The duration side of an anchored interval, so a calendar grain keeps its calendar meaning. */
function anchoredLength(grain: string, interval: Interval): Duration {
  const side = grain.split('/').find(part => part.startsWith('P'));
  const duration = side ? Duration.fromISO(side) : undefined;
  return duration?.isValid ? duration : interval.toDuration();
}

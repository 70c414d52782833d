import { grainMs } from './timeGrain';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Every value of `time_grain_sqla` in Superset's OpenAPI document (ChartDataExtrasSchema), with the span
 * of the bucket that starts at the given instant. Calendar grains depend on where the bucket starts.
 */
const SPEC_GRAINS: Array<[grain: string, bucketStart: string, span: number]> = [
  ['PT1S', '2025-07-24T10:00:00Z', 1000],
  ['PT5S', '2025-07-24T10:00:00Z', 5000],
  ['PT30S', '2025-07-24T10:00:00Z', 30_000],
  ['PT1M', '2025-07-24T10:00:00Z', MINUTE],
  ['PT5M', '2025-07-24T10:00:00Z', 5 * MINUTE],
  ['PT10M', '2025-07-24T10:00:00Z', 10 * MINUTE],
  ['PT15M', '2025-07-24T10:00:00Z', 15 * MINUTE],
  ['PT30M', '2025-07-24T10:00:00Z', 30 * MINUTE],
  ['PT1H', '2025-07-24T10:00:00Z', HOUR],
  ['PT6H', '2025-07-24T06:00:00Z', 6 * HOUR],
  ['P1D', '2025-07-24T00:00:00Z', DAY],
  ['P1W', '2025-07-21T00:00:00Z', 7 * DAY],
  ['P1M', '2025-07-01T00:00:00Z', 31 * DAY],
  ['P1M', '2025-02-01T00:00:00Z', 28 * DAY],
  ['P3M', '2025-07-01T00:00:00Z', 92 * DAY],
  ['P1Y', '2024-01-01T00:00:00Z', 366 * DAY],
  // Week starting Sunday / Monday, and week ending Saturday / Sunday: anchored ISO intervals.
  ['1969-12-28T00:00:00Z/P1W', '2025-07-20T00:00:00Z', 7 * DAY],
  ['1969-12-29T00:00:00Z/P1W', '2025-07-21T00:00:00Z', 7 * DAY],
  ['P1W/1970-01-03T00:00:00Z', '2025-07-19T00:00:00Z', 7 * DAY],
  ['P1W/1970-01-04T00:00:00Z', '2025-07-20T00:00:00Z', 7 * DAY],
];

describe('grainMs', () => {
  it.each(SPEC_GRAINS)(
    'reads %s (bucket from %s)',
    (grain, bucketStart, span) => {
      expect(grainMs(grain, bucketStart)).toBe(span);
    },
  );

  it('counts a missing or unreadable grain as no bucket at all', () => {
    expect(grainMs(undefined, '2025-07-24T00:00:00Z')).toBe(0);
    expect(grainMs('weekly', '2025-07-24T00:00:00Z')).toBe(0);
    expect(grainMs('P1W/P1D', '2025-07-24T00:00:00Z')).toBe(0);
  });
});

import { ChartFacts } from '../facts/types';
import { freshnessIssue } from './freshnessCheck';

const GATHERED_AT = '2025-07-24T10:00:00.000Z';
const TWO_DAYS = 2 * 86_400_000;

const chart = (timeGrain: string, latestDataAt: string): ChartFacts => ({
  id: 5,
  name: 'Weekly Sessions',
  vizType: 'echarts_timeseries_bar',
  datasetId: 2,
  outcome: 'ok',
  rowCount: 12,
  latestDataAt,
  timeGrain,
  durationMs: 10,
});

describe('freshnessIssue with weekly grains', () => {
  // The newest weekly bucket starts 8 days before the check: current for a weekly chart, stale for a daily one.
  const weekStart = '2025-07-16T00:00:00.000Z';

  it.each([
    'P1W',
    '1969-12-28T00:00:00Z/P1W',
    '1969-12-29T00:00:00Z/P1W',
    'P1W/1970-01-03T00:00:00Z',
    'P1W/1970-01-04T00:00:00Z',
  ])(
    'does not call a %s chart stale one week and a day after its newest bucket',
    grain => {
      expect(
        freshnessIssue(chart(grain, weekStart), GATHERED_AT, TWO_DAYS),
      ).toBeUndefined();
    },
  );

  it('calls a daily chart with the same data stale', () => {
    expect(
      freshnessIssue(chart('P1D', weekStart), GATHERED_AT, TWO_DAYS),
    ).toMatchObject({ code: 'stale-data', severity: 'warning' });
  });
});

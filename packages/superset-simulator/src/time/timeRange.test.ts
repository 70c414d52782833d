import { resolveTimeRange } from './timeRange';

const iso = (ms: number | null) =>
  ms === null ? null : new Date(ms).toISOString().slice(0, 10);

describe('resolveTimeRange', () => {
  it.each([
    ['Last day', '2025-07-23'],
    ['Last week', '2025-07-17'],
    ['Last month', '2025-06-24'],
    ['Last quarter', '2025-04-24'],
    ['Last year', '2024-07-24'],
    ['Last 30 days', '2025-06-24'],
  ])('%s starts %s and ends at midnight today', (range, from) => {
    const resolved = resolveTimeRange(
      range,
      Date.parse('2025-07-24T10:00:00Z'),
    );
    expect([iso(resolved.fromMs), iso(resolved.toMs)]).toEqual([
      from,
      '2025-07-24',
    ]);
  });

  it('clamps month arithmetic to the end of shorter months', () => {
    const resolved = resolveTimeRange(
      'Last month',
      Date.parse('2025-03-31T08:00:00Z'),
    );
    expect(iso(resolved.fromMs)).toBe('2025-02-28');
  });

  it('leaves unknown ranges and "No filter" unbounded', () => {
    expect(resolveTimeRange('No filter', 0)).toEqual({
      fromMs: null,
      toMs: null,
    });
    expect(resolveTimeRange(undefined, 0)).toEqual({
      fromMs: null,
      toMs: null,
    });
  });
});

import { THREE_SLOTS } from './__testUtils__/planFixtures';
import { concurrencySeries, peakConcurrency } from './concurrencySeries';
import { axisTicks } from './axisTicks';
import { latenessText } from './slotTimes';
import { timelineRows } from './timelineRows';

const NOW = Date.parse('2026-06-02T01:00:00.000Z');
const titleOf = (ref: string) => ref.replace('resource:default/', '');

describe('timelineRows', () => {
  const rows = timelineRows(THREE_SLOTS, {
    titleOf,
    now: NOW,
    minMarkMs: 1000,
  });

  it('gives each slot a planned mark that stretches to its start, and a run bar once it started', () => {
    expect(rows.map(row => row.label)).toEqual([
      '1. sales-overview',
      '2. web-traffic',
      '3. ops-latency',
    ]);
    const late = rows[1];
    expect(late.latenessMs).toBe(5 * 60_000);
    expect(late.plannedSpan).toEqual([late.plannedMs, late.startedMs]);
    expect(late.runSpan).toEqual([late.startedMs, late.endMs]);
    expect(late.outcome).toBe('fail');
    expect(latenessText(late)).toBe('5 min 0 s late');
    expect(latenessText(rows[0])).toBe('on time');
  });

  it('draws a slot not started yet as a thin mark without a run bar', () => {
    const planned = rows[2];
    expect(planned.plannedSpan).toEqual([
      planned.plannedMs,
      planned.plannedMs + 1000,
    ]);
    expect(planned.runSpan).toBeNull();
    expect(planned.outcome).toBe('planned');
  });

  it('lets a running run reach until now', () => {
    const [running] = timelineRows(
      [
        {
          ...THREE_SLOTS[2],
          status: 'running',
          startedAt: '2026-06-02T00:59:00.000Z',
        },
      ],
      { titleOf, now: NOW, minMarkMs: 1000 },
    );
    expect(running.endMs).toBe(NOW);
    expect(running.outcome).toBe('running');
  });
});

describe('concurrencySeries', () => {
  it('steps up at each start and down at each end; a hand-over is not two at once', () => {
    const rows = timelineRows(
      [
        {
          ...THREE_SLOTS[0],
          startedAt: '2026-06-02T00:00:00.000Z',
          finishedAt: '2026-06-02T00:10:00.000Z',
        },
        {
          ...THREE_SLOTS[1],
          startedAt: '2026-06-02T00:05:00.000Z',
          finishedAt: '2026-06-02T00:20:00.000Z',
        },
        {
          ...THREE_SLOTS[2],
          status: 'succeeded',
          startedAt: '2026-06-02T00:20:00.000Z',
          finishedAt: '2026-06-02T00:25:00.000Z',
        },
      ],
      { titleOf, now: NOW, minMarkMs: 1000 },
    );
    const points = concurrencySeries(rows, [
      Date.parse('2026-06-01T23:00:00.000Z'),
      Date.parse('2026-06-02T03:00:00.000Z'),
    ]);
    expect(points.map(p => p.running)).toEqual([0, 1, 2, 1, 1, 0, 0]);
    expect(peakConcurrency(points)).toBe(2);
  });
});

describe('axisTicks', () => {
  it('puts round clock times of the window’s zone on the axis', () => {
    const ticks = axisTicks(
      [
        Date.parse('2026-06-01T23:00:00.000Z'),
        Date.parse('2026-06-02T03:00:00.000Z'),
      ],
      'Europe/Berlin',
    );
    expect(ticks[0]).toBe(Date.parse('2026-06-01T23:00:00.000Z'));
    expect(ticks).toHaveLength(9); // every 30 min, 01:00 to 05:00
  });
});

import { TimelineRow } from './timelineRows';

export interface ConcurrencyPoint {
  atMs: number;
  running: number;
}

/**
 * How many runs were going at each moment: a step series over the window (a point at the window's start,
 * one at every start and end, one at the window's end), for a `stepAfter` line against the cap.
 */
export function concurrencySeries(
  rows: readonly TimelineRow[],
  domain: [number, number],
): ConcurrencyPoint[] {
  const events: Array<[number, number]> = [];
  for (const row of rows) {
    if (row.startedMs === null || row.endMs === null) continue;
    events.push([row.startedMs, 1], [row.endMs, -1]);
  }
  // Ends before starts at the same instant: a run that hands over to the next is not two at once.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const points: ConcurrencyPoint[] = [{ atMs: domain[0], running: 0 }];
  let running = 0;
  for (const [atMs, change] of events) {
    running += change;
    const last = points[points.length - 1];
    if (last.atMs === atMs) last.running = running;
    else points.push({ atMs, running });
  }
  const end = Math.max(domain[1], points[points.length - 1].atMs);
  points.push({ atMs: end, running });
  return points;
}

/** The most runs at once. */
export function peakConcurrency(points: readonly ConcurrencyPoint[]): number {
  return points.reduce((peak, point) => Math.max(peak, point.running), 0);
}

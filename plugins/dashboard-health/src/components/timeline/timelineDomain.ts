import { TimelineRow } from './timelineRows';

/** The window, widened to any slot planned or run outside it (late runs in the grace period). */
export function timelineDomain(
  window: { startMs: number; endMs: number },
  rows: readonly TimelineRow[],
): [number, number] {
  let start = window.startMs;
  let end = window.endMs;
  for (const row of rows) {
    start = Math.min(start, row.plannedMs);
    end = Math.max(end, row.plannedSpan[1], row.runSpan?.[1] ?? 0);
  }
  return [start, end];
}

/** A planned mark's shortest length: about 2 px on a 1,000 px wide axis. */
export function minMarkMs(window: { startMs: number; endMs: number }): number {
  return Math.max(1000, (window.endMs - window.startMs) / 500);
}

import {
  isWindowDay,
  Window,
  windowBounds,
  WindowPlanError,
} from '@dashboard-health/plugin-dashboard-health-common';

const DAY_MS = 86_400_000;

/** One occurrence of a window, in epoch milliseconds. */
export interface Occurrence {
  startMs: number;
  endMs: number;
}

/**
 * The occurrences of `window` that overlap [startMs, endMs), with how long each overlaps. Windows are at
 * most a day long and zones at most 14 h off UTC, so the window dates two days either side of the span's
 * UTC dates cover every candidate.
 */
export function overlappingOccurrences(
  window: Window,
  startMs: number,
  endMs: number,
): Array<Occurrence & { overlapMs: number }> {
  const result: Array<Occurrence & { overlapMs: number }> = [];
  const first = Math.floor(startMs / DAY_MS) - 2;
  const last = Math.floor(endMs / DAY_MS) + 1;
  for (let day = first; day <= last; day++) {
    const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    const occurrence = occurrenceOn(window, date);
    if (!occurrence) continue;
    const overlapMs =
      Math.min(endMs, occurrence.endMs) - Math.max(startMs, occurrence.startMs);
    if (overlapMs > 0) result.push({ ...occurrence, overlapMs });
  }
  return result;
}

function occurrenceOn(window: Window, date: string): Occurrence | undefined {
  try {
    if (!isWindowDay(window, date)) return undefined;
    const bounds = windowBounds(window, date);
    return { startMs: bounds.start.toMillis(), endMs: bounds.end.toMillis() };
  } catch (error) {
    // A date on which the window does not exist (DST gap) has no occurrence.
    if (error instanceof WindowPlanError) return undefined;
    throw error;
  }
}

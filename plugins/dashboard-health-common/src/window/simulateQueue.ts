/**
 * One run as the forecast sees it: when it may start and how long it is expected to take (ms).
 *
 * @public
 */
export interface QueuedRun {
  /** Planned start, epoch milliseconds. */
  plannedAtMs: number;
  /** Expected duration, milliseconds. */
  durationMs: number;
}

/**
 * What {@link simulateQueue} expects to happen to the runs.
 *
 * @public
 */
export interface QueueOutcome {
  /** Start of each run in input order; undefined for a run that does not start before `lastStartMs`. */
  startsMs: Array<number | undefined>;
  /** Runs that would not start before `lastStartMs`. */
  missed: number;
  /** The most runs expected to run at once. */
  peakConcurrency: number;
}

/**
 * The dispatcher's queue, replayed on expected durations: runs in slot order, each starting at its planned
 * time or as soon as one of `lanes` frees up, never after `lastStartMs` (then it is missed and takes no
 * lane). O(N · lanes) — lanes is a concurrency cap (≤ 100), so a 10,000-slot night stays a few ms.
 *
 * @public
 */
export function simulateQueue(
  runs: readonly QueuedRun[],
  lanes: number,
  lastStartMs: number,
): QueueOutcome {
  const freeAt = new Array<number>(Math.max(1, lanes)).fill(-Infinity);
  const startsMs = new Array<number | undefined>(runs.length);
  const events: Array<[number, number]> = [];
  let missed = 0;
  for (let i = 0; i < runs.length; i++) {
    let lane = 0;
    for (let l = 1; l < freeAt.length; l++) {
      if (freeAt[l] < freeAt[lane]) lane = l;
    }
    const start = Math.max(runs[i].plannedAtMs, freeAt[lane]);
    if (start > lastStartMs) {
      missed++;
      continue;
    }
    startsMs[i] = start;
    freeAt[lane] = start + runs[i].durationMs;
    events.push([start, 1], [freeAt[lane], -1]);
  }
  // Ends sort before starts at the same instant: a lane handed over is not two runs at once.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let running = 0;
  let peakConcurrency = 0;
  for (const [, delta] of events) {
    running += delta;
    peakConcurrency = Math.max(peakConcurrency, running);
  }
  return { startsMs, missed, peakConcurrency };
}

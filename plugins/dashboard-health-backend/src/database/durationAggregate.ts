/** The aggregate keeps this many recent durations per dashboard: enough for a p90, small enough for a row. */
export const DURATION_SAMPLES = 20;

/**
 * The planning cost follows the median only when the median has moved more than this share away from it:
 * ordinary night-to-night noise leaves weighted slots where owners expect them.
 */
export const PLANNING_COST_HYSTERESIS = 0.25;

export interface DurationAggregate {
  samplesMs: number[];
  sampleCount: number;
  medianMs: number;
  p90Ms: number;
  planningCostMs: number;
}

/** The aggregate after one more completed validation; pure. */
export function addDuration(
  previous: DurationAggregate | undefined,
  durationMs: number,
): DurationAggregate {
  const ms = Math.max(0, Math.round(durationMs));
  const samplesMs = [...(previous?.samplesMs ?? []), ms].slice(
    -DURATION_SAMPLES,
  );
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const medianMs = Math.round(quantile(sorted, 0.5));
  const p90Ms = Math.round(quantile(sorted, 0.9));
  return {
    samplesMs,
    sampleCount: (previous?.sampleCount ?? 0) + 1,
    medianMs,
    p90Ms,
    planningCostMs: heldCost(previous?.planningCostMs, medianMs),
  };
}

/** The cost to plan with: the previous one unless the median moved more than the hysteresis from it. */
export function heldCost(previous: number | undefined, medianMs: number) {
  if (previous === undefined || previous <= 0) return medianMs;
  const moved = Math.abs(medianMs - previous) / previous;
  return moved > PLANNING_COST_HYSTERESIS ? medianMs : previous;
}

/** Linear interpolation between closest ranks of sorted values. */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

import { CapacityForecast, SharedLoad } from '../domain/forecast';
import { PlannedSlot } from './planner';
import { simulateQueue } from './simulateQueue';

/**
 * What {@link forecastCapacity} needs to know about one window occurrence.
 *
 * @public
 */
export interface ForecastInput {
  /** The occurrence's slots, ordered by `plannedAt`. */
  slots: readonly PlannedSlot[];
  /** Where planning starts (the window start, or now once it is open) and where the window ends. */
  startMs: number;
  /** End of the window occurrence, epoch milliseconds. */
  endMs: number;
  /** Expected seconds per dashboard; a missing one takes `defaultDurationSeconds`. */
  expectedSeconds: ReadonlyMap<string, number>;
  /** Expected seconds of a dashboard without run history. */
  defaultDurationSeconds: number;
  /** Concurrency cap of the Superset instance. */
  instanceCap: number;
  /** The policy's own concurrency cap, if it has one. */
  policyCap?: number;
  /** Other policies' load on the same instance inside this window. */
  sharedWith?: readonly SharedLoad[];
}

/**
 * Will the night fit? The capacity is what the instance's cap leaves after the other policies' expected
 * work in this window, at most what the policy's own cap allows. Missed runs and peak concurrency come from
 * replaying the dispatcher's queue on expected durations, with every lane slowed by the share the other
 * policies take (their load is spread over their window, so it takes a share of each lane, not whole lanes).
 *
 * @public
 */
export function forecastCapacity(input: ForecastInput): CapacityForecast {
  const windowSeconds = Math.max(0, (input.endMs - input.startMs) / 1000);
  const instanceCap = input.instanceCap;
  const policyCap = input.policyCap ?? null;
  const cap = Math.max(1, Math.min(instanceCap, policyCap ?? instanceCap));
  const sharedWith = [...(input.sharedWith ?? [])];
  const otherPoliciesSeconds = sum(sharedWith.map(s => s.busySeconds));

  let history = 0;
  const durations = input.slots.map(slot => {
    const known = input.expectedSeconds.get(slot.entityRef);
    if (known !== undefined) history++;
    return known ?? input.defaultDurationSeconds;
  });
  const busySeconds = sum(durations);
  const capacitySeconds = Math.max(
    0,
    Math.min(
      windowSeconds * cap,
      windowSeconds * instanceCap - otherPoliciesSeconds,
    ),
  );
  // The share of each of the policy's lanes the other policies leave free.
  const laneShare =
    windowSeconds > 0 ? capacitySeconds / (windowSeconds * cap) : 0;
  const queue =
    laneShare > 0
      ? simulateQueue(
          input.slots.map((slot, i) => ({
            plannedAtMs: Date.parse(slot.plannedAt),
            durationMs: (durations[i] * 1000) / laneShare,
          })),
          cap,
          input.endMs,
        )
      : { missed: input.slots.length, peakConcurrency: 0 };

  return {
    busySeconds,
    capacitySeconds,
    fits: queue.missed === 0 && busySeconds <= capacitySeconds,
    expectedMissed: queue.missed,
    peakConcurrency: queue.peakConcurrency,
    basis: { history, default: input.slots.length - history },
    dashboards: input.slots.length,
    typicalSeconds: median(durations),
    windowSeconds,
    cap,
    instanceCap,
    policyCap,
    neededSeconds:
      capacitySeconds > 0
        ? busySeconds / (capacitySeconds / windowSeconds)
        : null,
    otherPoliciesSeconds,
    sharedWith,
    defaultDurationSeconds: input.defaultDurationSeconds,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/**
 * The middle value (mean of the two middle ones for an even count); 0 for none.
 *
 * @public
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

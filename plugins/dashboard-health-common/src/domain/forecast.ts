import { z } from 'zod';

/**
 * How a window's slots are spaced: `even` gives every dashboard the same share of the window; `weighted`
 * gives each a share proportional to its expected validation cost, so a heavy dashboard is followed by a
 * longer gap and the instance's load stays flat.
 *
 * @public
 */
export const SPACING_MODES = ['even', 'weighted'] as const;
/**
 * Validates a {@link Spacing}.
 *
 * @public
 */
export const spacingSchema = z.enum(SPACING_MODES);
/**
 * How a window's slots are spaced; see {@link SPACING_MODES}.
 *
 * @public
 */
export type Spacing = z.infer<typeof spacingSchema>;

/**
 * How many dashboards' estimates come from their own run history and how many from the configured default.
 *
 * @public
 */
export interface ForecastBasis {
  /** Dashboards whose estimate is the median of their own recent runs. */
  history: number;
  /** Dashboards without run history, estimated at the configured default duration. */
  default: number;
}

/**
 * Another policy on the same Superset instance whose window overlaps the forecast one.
 *
 * @public
 */
export interface SharedLoad {
  /** Id of the other policy. */
  policyId: string;
  /** Name of the other policy. */
  name: string;
  /** Seconds the two window occurrences overlap. */
  overlapSeconds: number;
  /** That policy's expected busy seconds falling into the overlap (its work taken as spread over its window). */
  busySeconds: number;
}

/**
 * Will a window occurrence hold a policy's dashboards? Durations in seconds. Runs count as missed when they
 * would not start before the window ends: the grace period is a safety margin, not capacity to plan with.
 *
 * @public
 */
export interface CapacityForecast {
  /** Sum of the dashboards' expected durations (median of recent runs, else the default). */
  busySeconds: number;
  /** Validation seconds the window offers this policy at its caps, after the other policies' share. */
  capacitySeconds: number;
  /** Whether every run is expected to start before the window ends. */
  fits: boolean;
  /** Runs expected not to start before the window ends. */
  expectedMissed: number;
  /** The most runs of this policy expected at once (at most `cap`). */
  peakConcurrency: number;
  /** Where the dashboards' duration estimates come from. */
  basis: ForecastBasis;
  /** Number of dashboards in the occurrence. */
  dashboards: number;
  /** The median of the dashboards' expected durations, for "N × ~40 s". */
  typicalSeconds: number;
  /** Real length of the occurrence (DST included), or what is left of it when it is already open. */
  windowSeconds: number;
  /** Effective concurrency: the instance's cap, lowered by the policy's own. */
  cap: number;
  /** Concurrency cap of the Superset instance. */
  instanceCap: number;
  /** The policy's own concurrency cap; null when it has none. */
  policyCap: number | null;
  /** Wall time the work needs at the capacity left to it; null when nothing is left. */
  neededSeconds: number | null;
  /** Expected busy seconds of other policies on the instance inside this window. */
  otherPoliciesSeconds: number;
  /** Other policies on the instance whose windows overlap this one. */
  sharedWith: SharedLoad[];
  /** Duration assumed for a dashboard without run history. */
  defaultDurationSeconds: number;
}

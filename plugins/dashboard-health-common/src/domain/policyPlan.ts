import { z } from 'zod';
import { calendarDateSchema, Window } from '../window/schema';
import { CapacityForecast, Spacing } from './forecast';
import { RecordStatus } from './record';
import { RunStatus, RunTrigger } from './run';
import { ValidationPolicyView } from './policyView';

/**
 * `GET /policies/{id}/plan` query: the window date, default the next occurrence.
 *
 * @public
 */
export const policyPlanQuerySchema = z.object({
  date: calendarDateSchema.optional(),
});

/**
 * One slot of a materialised plan and how far its run has got.
 *
 * @public
 */
export interface PolicyPlanSlot {
  /** The dashboard the slot validates. */
  entityRef: string;
  /** When the run is planned to start (ISO instant). */
  plannedAt: string;
  /** Id of the slot's run. */
  runId: string;
  /** Where the run is in its life. */
  status: RunStatus;
  /** When the run started (ISO instant); null before. */
  startedAt: string | null;
  /** When the run finished (ISO instant); null before. */
  finishedAt: string | null;
  /**
   * Why the run ended as it did or is retried (missed, cancelled, error); null when there is nothing to
   * explain.
   */
  reason: string | null;
  /** `schedule` for a planned slot, `manual` for a "Validate now" slot. */
  trigger: RunTrigger;
  /** Id of the validation record the run produced; null before. */
  recordId: string | null;
  /** The record's status once the run has one; null before. */
  outcome: RecordStatus | null;
  /** The duration the forecast expects of this dashboard (seconds). */
  expectedSeconds: number;
}

/**
 * The concurrency caps a policy's runs are held to.
 *
 * @public
 */
export interface PlanCaps {
  /** Concurrency cap of the Superset instance. */
  instance: number;
  /** The policy's own concurrency cap; null when it has none. */
  policy: number | null;
  /** The cap that applies: the instance's, lowered by the policy's. */
  effective: number;
}

/**
 * A "Validate now" batch: every dashboard of a policy, spread over a short window starting when asked.
 *
 * @public
 */
export interface ValidateNowBatch {
  /** When the batch was asked for (ISO instant). */
  requestedAt: string;
  /** Start of the batch's short window (ISO instant). */
  windowStart: string;
  /** End of the batch's short window (ISO instant). */
  windowEnd: string;
  /** One slot per dashboard, ordered by `plannedAt`. */
  slots: PolicyPlanSlot[];
}

/**
 * Answer of `POST /policies/{id}/validate-now` (202).
 *
 * @public
 */
export interface ValidateNowResponse extends ValidateNowBatch {
  /** The policy whose dashboards are validated. */
  policyId: string;
  /** How the batch's slots are spaced. */
  spacing: Spacing;
  /** Whether the batch is expected to fit its window. */
  forecast: CapacityForecast;
}

/**
 * Answer of `POST /policies` and `PUT /policies/{id}`: saved even when it does not fit, with a warning.
 *
 * @public
 */
export type PolicyWriteResponse = ValidationPolicyView & {
  forecast: CapacityForecast | null;
  warning: string | null;
};

/**
 * Answer of `GET /policies/{id}/plan?date=`. `planned` is false when the date is not (yet) materialised,
 * e.g. more than one occurrence ahead; then `slots` is empty.
 *
 * @public
 */
export interface PolicyPlanResponse {
  /** The policy the plan belongs to. */
  policyId: string;
  /** The window date (`YYYY-MM-DD`, in the window's zone). */
  date: string;
  /** Whether the date's plan has been materialised. */
  planned: boolean;
  /** Start of the date's window occurrence (ISO instant); null when there is none. */
  windowStart: string | null;
  /** End of the date's window occurrence (ISO instant); null when there is none. */
  windowEnd: string | null;
  /** The dashboards the plan covers, resolved from entityRefs and the selector when it was made. */
  slots: PolicyPlanSlot[];
  /** How the slots are spaced. */
  spacing: Spacing;
  /** The concurrency caps the runs are held to. */
  cap: PlanCaps;
  /** Null when the date has no occurrence to forecast (not a window day, DST gap). */
  forecast: CapacityForecast | null;
  /** The policy's latest "Validate now" batch when it is near this date's window; null otherwise. */
  validateNow: ValidateNowBatch | null;
}

/**
 * What the entity view needs to say "next check today 02:24 (window 01:00–05:00 Europe/Berlin)".
 *
 * @public
 */
export interface NextRun {
  /** Id of the planned run. */
  runId: string;
  /** When the run is planned to start (ISO instant). */
  plannedAt: string;
  /** Where the run is in its life. */
  status: RunStatus;
  /** The policy that planned the run, with its window; null for a manual run or a policy that is gone. */
  policy: { id: string; name: string; window: Window } | null;
}

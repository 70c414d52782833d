import { z } from 'zod';
import { calendarDateSchema, Window } from '../window/schema';
import { RunStatus } from './run';

/** `GET /policies/{id}/plan` query: the window date, default the next occurrence. */
export const policyPlanQuerySchema = z.object({
  date: calendarDateSchema.optional(),
});

/** One slot of a materialised plan and how far its run has got. */
export interface PolicyPlanSlot {
  entityRef: string;
  plannedAt: string;
  runId: string;
  status: RunStatus;
  startedAt: string | null;
  finishedAt: string | null;
  reason: string | null;
}

/**
 * Answer of `GET /policies/{id}/plan?date=`. `planned` is false when the date is not (yet) materialised,
 * e.g. more than one occurrence ahead; then `slots` is empty.
 */
export interface PolicyPlanResponse {
  policyId: string;
  date: string;
  planned: boolean;
  windowStart: string | null;
  windowEnd: string | null;
  /** The dashboards the plan covers, resolved from entityRefs and the selector when it was made. */
  slots: PolicyPlanSlot[];
}

/** What the entity view needs to say "next check today 02:24 (window 01:00–05:00 Europe/Berlin)". */
export interface NextRun {
  runId: string;
  plannedAt: string;
  status: RunStatus;
  policy: { id: string; name: string; window: Window } | null;
}

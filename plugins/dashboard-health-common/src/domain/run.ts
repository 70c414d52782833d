import { z } from 'zod';
import { entityRefSchema } from './entityRef';

/**
 * `planned → running → succeeded | failed | error | missed | cancelled`.
 *
 * @public
 */
export const RUN_STATUSES = [
  'planned',
  'running',
  'succeeded',
  'failed',
  'error',
  'missed',
  'cancelled',
] as const;
/**
 * Validates a {@link RunStatus}.
 *
 * @public
 */
export const runStatusSchema = z.enum(RUN_STATUSES);
/**
 * Where a run is in its life; see {@link RUN_STATUSES}.
 *
 * @public
 */
export type RunStatus = z.infer<typeof runStatusSchema>;

/**
 * Validates a {@link RunTrigger}.
 *
 * @public
 */
export const runTriggerSchema = z.enum(['schedule', 'manual']);
/**
 * Why a run exists: planned by a policy's schedule, or started by hand.
 *
 * @public
 */
export type RunTrigger = z.infer<typeof runTriggerSchema>;

/**
 * One planned or manual validation of one dashboard.
 *
 * @public
 */
export const runSchema = z.object({
  id: z.string(),
  policyId: z.string().nullable(),
  entityRef: z.string(),
  environment: z.string(),
  trigger: runTriggerSchema,
  status: runStatusSchema,
  plannedAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  attempt: z.number().int().nonnegative(),
  reason: z.string().nullable(),
  recordId: z.string().nullable(),
  /** The last instant the run may start (window end + grace); after it a planned run ends `missed`. */
  deadlineAt: z.iso.datetime().nullable(),
  /** The user who started a manual run. */
  requestedBy: z.string().nullable(),
});
/**
 * One planned or manual validation of one dashboard.
 *
 * @public
 */
export type Run = z.infer<typeof runSchema>;

/**
 * Statuses a run cannot leave.
 *
 * @public
 */
export const FINAL_RUN_STATUSES: readonly RunStatus[] = [
  'succeeded',
  'failed',
  'error',
  'missed',
  'cancelled',
];

/**
 * `POST /runs`: start a manual validation of one dashboard now.
 *
 * @public
 */
export const manualRunRequestSchema = z.object({
  entityRef: entityRefSchema,
});
/**
 * Body of `POST /runs`: the dashboard to validate now.
 *
 * @public
 */
export type ManualRunRequest = z.infer<typeof manualRunRequestSchema>;

/**
 * `GET /runs` query: filters and a page. `from`/`to` bound `plannedAt`.
 *
 * @public
 */
export const runListQuerySchema = z.object({
  entityRef: entityRefSchema.optional(),
  policyId: z.string().min(1).optional(),
  status: runStatusSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).optional(),
});
/**
 * Parsed query of `GET /runs`.
 *
 * @public
 */
export type RunListQuery = z.infer<typeof runListQuerySchema>;

/**
 * One page of a list, newest first; `nextCursor` is absent on the last page.
 *
 * @public
 */
export interface Page<T> {
  /** The entries of this page. */
  items: T[];
  /** Pass as `cursor` to get the next page; absent on the last page. */
  nextCursor?: string;
}

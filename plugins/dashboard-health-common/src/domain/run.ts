import { z } from 'zod';
import { entityRefSchema } from './entityRef';

/** `planned → running → succeeded | failed | error | missed | cancelled`. */
export const RUN_STATUSES = [
  'planned',
  'running',
  'succeeded',
  'failed',
  'error',
  'missed',
  'cancelled',
] as const;
export const runStatusSchema = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof runStatusSchema>;

export const runTriggerSchema = z.enum(['schedule', 'manual']);
export type RunTrigger = z.infer<typeof runTriggerSchema>;

/** One planned or manual validation of one dashboard. */
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
export type Run = z.infer<typeof runSchema>;

/** Statuses a run cannot leave. */
export const FINAL_RUN_STATUSES: readonly RunStatus[] = [
  'succeeded',
  'failed',
  'error',
  'missed',
  'cancelled',
];

/** `POST /runs`: start a manual validation of one dashboard now. */
export const manualRunRequestSchema = z.object({
  entityRef: entityRefSchema,
});
export type ManualRunRequest = z.infer<typeof manualRunRequestSchema>;

/** `GET /runs` query: filters and a page. `from`/`to` bound `plannedAt`. */
export const runListQuerySchema = z.object({
  entityRef: entityRefSchema.optional(),
  policyId: z.string().min(1).optional(),
  status: runStatusSchema.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).optional(),
});
export type RunListQuery = z.infer<typeof runListQuerySchema>;

/** One page of a list, newest first; `nextCursor` is absent on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

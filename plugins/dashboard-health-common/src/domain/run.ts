import { z } from 'zod';

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
});
export type Run = z.infer<typeof runSchema>;

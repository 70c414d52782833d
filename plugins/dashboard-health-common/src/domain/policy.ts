import { z } from 'zod';
import { windowSchema } from '../window/schema';
import { entityRefListSchema, entityRefSchema } from './entityRef';
import { stalenessSchema } from './staleness';

/** Selects dashboards by catalog facts; resolved into a concrete list when a day's plan is made. */
export const dashboardSelectorSchema = z
  .object({
    tags: z.array(z.string().trim().min(1)).optional(),
    owners: z.array(entityRefSchema).optional(),
  })
  .refine(s => (s.tags?.length ?? 0) + (s.owners?.length ?? 0) > 0, {
    message: 'must name at least one tag or owner',
  });
export type DashboardSelector = z.infer<typeof dashboardSelectorSchema>;

/**
 * Who hears about a dashboard's status changes: nobody, its owner on regressions and recoveries (the
 * default), or its owner on every change.
 */
export const NOTIFY_MODES = ['off', 'regressions', 'every-change'] as const;
export const notifyModeSchema = z.enum(NOTIFY_MODES);
export type NotifyMode = z.infer<typeof notifyModeSchema>;

/** What a client sends to create or replace a policy. */
export const validationPolicyInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(200, 'must be at most 200 characters'),
    environment: z
      .string()
      .trim()
      .min(1, 'must name a configured Superset instance id'),
    entityRefs: entityRefListSchema.optional(),
    selector: dashboardSelectorSchema.optional(),
    window: windowSchema,
    enabled: z.boolean().default(true),
    maxConcurrency: z.number().int().min(1).max(100).optional(),
    /** How old a chart's latest data may be; an entity's `dashboard-health/max-staleness` overrides it. */
    maxStaleness: stalenessSchema.optional(),
    /** LLM tokens the policy may use per day; further runs that day are deterministic-only. */
    llmDailyTokenBudget: z.number().int().min(1).optional(),
    notify: notifyModeSchema.default('regressions'),
  })
  .refine(p => p.entityRefs !== undefined || p.selector !== undefined, {
    message: 'a policy needs entityRefs, a selector, or both',
    path: ['entityRefs'],
  });
export type ValidationPolicyInput = z.input<typeof validationPolicyInputSchema>;

/** A stored policy. */
export const validationPolicySchema = z.object({
  id: z.string(),
  name: z.string(),
  environment: z.string(),
  entityRefs: z.array(z.string()),
  selector: dashboardSelectorSchema.optional(),
  window: windowSchema,
  enabled: z.boolean(),
  maxConcurrency: z.number().int().optional(),
  maxStaleness: z.string().optional(),
  llmDailyTokenBudget: z.number().int().optional(),
  notify: notifyModeSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ValidationPolicy = z.infer<typeof validationPolicySchema>;

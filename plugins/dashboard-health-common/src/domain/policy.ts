import { z } from 'zod';
import { windowSchema } from '../window/schema';
import { entityRefListSchema, entityRefSchema } from './entityRef';
import { spacingSchema } from './forecast';
import { stalenessSchema } from './staleness';

/**
 * Selects dashboards by catalog facts; resolved into a concrete list when a day's plan is made.
 *
 * @public
 */
export const dashboardSelectorSchema = z
  .object({
    tags: z.array(z.string().trim().min(1)).optional(),
    owners: z.array(entityRefSchema).optional(),
  })
  .refine(s => (s.tags?.length ?? 0) + (s.owners?.length ?? 0) > 0, {
    message: 'must name at least one tag or owner',
  });
/**
 * Selects dashboards by catalog tags and owners.
 *
 * @public
 */
export type DashboardSelector = z.infer<typeof dashboardSelectorSchema>;

/**
 * Who hears about a dashboard's status changes: nobody, its owner on regressions and recoveries (the
 * default), or its owner on every change.
 *
 * @public
 */
export const NOTIFY_MODES = ['off', 'regressions', 'every-change'] as const;
/**
 * Validates a {@link NotifyMode}.
 *
 * @public
 */
export const notifyModeSchema = z.enum(NOTIFY_MODES);
/**
 * Who hears about a dashboard's status changes; see {@link NOTIFY_MODES}.
 *
 * @public
 */
export type NotifyMode = z.infer<typeof notifyModeSchema>;

/**
 * What a client sends to create or replace a policy.
 *
 * @public
 */
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
    /** `weighted` spaces slots by each dashboard's expected cost; see {@link spacingSchema}. */
    spacing: spacingSchema.default('even'),
  })
  .refine(p => p.entityRefs !== undefined || p.selector !== undefined, {
    message: 'a policy needs entityRefs, a selector, or both',
    path: ['entityRefs'],
  });
/**
 * What a client sends to create or replace a policy (defaults not yet applied).
 *
 * @public
 */
export type ValidationPolicyInput = z.input<typeof validationPolicyInputSchema>;

/**
 * A stored policy.
 *
 * @public
 */
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
  /** Always set by the backend; optional for clients written before issue 14 (absent means `even`). */
  spacing: spacingSchema.optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
/**
 * A stored policy.
 *
 * @public
 */
export type ValidationPolicy = z.infer<typeof validationPolicySchema>;

import { z } from 'zod';
import { WindowPlan } from '../window/planner';
import { calendarDateSchema, windowSchema } from '../window/schema';
import { entityRefListSchema } from './entityRef';
import { CapacityForecast, Spacing, spacingSchema } from './forecast';

/**
 * Body of `POST /plan/preview`. `date` defaults to the window's next occurrence. With `environment` the
 * answer carries a capacity forecast; `policyId` names the policy being edited, which then does not count
 * as another policy sharing the instance.
 *
 * @public
 */
export const planPreviewRequestSchema = z.object({
  window: windowSchema,
  entityRefs: entityRefListSchema,
  date: calendarDateSchema.optional(),
  environment: z.string().trim().min(1).optional(),
  maxConcurrency: z.number().int().min(1).max(100).optional(),
  spacing: spacingSchema.default('even'),
  policyId: z.string().min(1).optional(),
});
/**
 * Body of `POST /plan/preview`, as a client sends it (defaults not yet applied).
 *
 * @public
 */
export type PlanPreviewRequest = z.input<typeof planPreviewRequestSchema>;

/**
 * Answer of `POST /plan/preview`: the planner's own {@link WindowPlan} (slots ordered by `plannedAt`) and
 * the date it was planned for, so the shape is defined once, by the planner. `spacingSeconds` is the mean
 * spacing when `spacing` is `weighted`.
 *
 * @public
 */
export type PlanPreviewResponse = WindowPlan & {
  date: string;
  /** Always set by the backend; optional for clients written before issue 14. */
  spacing?: Spacing;
  forecast?: CapacityForecast;
};

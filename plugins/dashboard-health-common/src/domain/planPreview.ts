import { z } from 'zod';
import { WindowPlan } from '../window/planner';
import { calendarDateSchema, windowSchema } from '../window/schema';
import { entityRefListSchema } from './entityRef';

/** Body of `POST /plan/preview`. `date` defaults to the window's next occurrence. */
export const planPreviewRequestSchema = z.object({
  window: windowSchema,
  entityRefs: entityRefListSchema,
  date: calendarDateSchema.optional(),
});
export type PlanPreviewRequest = z.input<typeof planPreviewRequestSchema>;

/**
 * Answer of `POST /plan/preview`: the planner's own {@link WindowPlan} (slots ordered by `plannedAt`) and
 * the date it was planned for, so the shape is defined once, by the planner.
 */
export type PlanPreviewResponse = WindowPlan & { date: string };

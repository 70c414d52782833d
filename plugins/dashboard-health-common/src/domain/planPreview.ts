import { z } from 'zod';
import { calendarDateSchema, windowSchema } from '../window/schema';
import { entityRefListSchema } from './entityRef';

/** Body of `POST /plan/preview`. `date` defaults to the window's next occurrence. */
export const planPreviewRequestSchema = z.object({
  window: windowSchema,
  entityRefs: entityRefListSchema,
  date: calendarDateSchema.optional(),
});
export type PlanPreviewRequest = z.input<typeof planPreviewRequestSchema>;

export const plannedSlotSchema = z.object({
  entityRef: z.string(),
  plannedAt: z.iso.datetime(),
});

/** Answer of `POST /plan/preview`: slots ordered by `plannedAt`. */
export const planPreviewResponseSchema = z.object({
  date: calendarDateSchema,
  windowStart: z.iso.datetime(),
  windowEnd: z.iso.datetime(),
  spacingSeconds: z.number().positive(),
  slots: z.array(plannedSlotSchema),
});
export type PlanPreviewResponse = z.infer<typeof planPreviewResponseSchema>;

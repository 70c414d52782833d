import { InputError } from '@backstage/errors';
import {
  nextWindowDate,
  planPreviewRequestSchema,
  PlanPreviewResponse,
  planWindow,
  WindowPlanError,
} from '@dashboard-health/plugin-dashboard-health-common';
import { Clock } from '../clock';
import { parseInput } from '../usecases/parseInput';

/** Answers `POST /plan/preview`: the slots a window would give these dashboards on a date. */
export function previewPlan(
  body: unknown,
  clock: Clock,
  minSpacingSeconds?: number,
): PlanPreviewResponse {
  const request = parseInput(planPreviewRequestSchema, body);
  const date = request.date ?? nextWindowDate(request.window, clock.now());
  try {
    return {
      date,
      ...planWindow({
        window: request.window,
        date,
        entityRefs: request.entityRefs,
        minSpacingSeconds,
      }),
    };
  } catch (error) {
    if (error instanceof WindowPlanError)
      throw new InputError(`Invalid request body: ${error.message}`);
    throw error;
  }
}

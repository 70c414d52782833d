import { InputError } from '@backstage/errors';
import {
  nextWindowDate,
  planPreviewRequestSchema,
  PlanPreviewResponse,
  planWindow,
  WindowPlanError,
} from '@dashboard-health/plugin-dashboard-health-common';
import { parseInput } from './parseInput';
import { UseCaseContext } from './UseCaseContext';

/**
 * `POST /plan/preview`: the slots a window would give these dashboards on a date, even or cost-weighted,
 * and — given the environment — whether they fit beside the instance's other policies.
 */
export async function previewPlan(
  context: Pick<
    UseCaseContext,
    'clock' | 'forecaster' | 'environments' | 'minSpacingSeconds'
  >,
  body: unknown,
): Promise<PlanPreviewResponse> {
  const request = parseInput(planPreviewRequestSchema, body);
  const { environment } = request;
  const { forecaster } = context;
  if (environment && !context.environments.includes(environment)) {
    throw new InputError(
      `Invalid request body: environment: '${environment}' is not a configured Superset instance`,
    );
  }
  const date =
    request.date ?? nextWindowDate(request.window, context.clock.now());
  const costs =
    request.spacing === 'weighted'
      ? await forecaster.planningCosts(request.entityRefs)
      : undefined;
  let plan;
  try {
    plan = planWindow({
      window: request.window,
      date,
      entityRefs: request.entityRefs,
      minSpacingSeconds: context.minSpacingSeconds,
      costs,
    });
  } catch (error) {
    if (error instanceof WindowPlanError)
      throw new InputError(`Invalid request body: ${error.message}`);
    throw error;
  }
  const response: PlanPreviewResponse = {
    date,
    spacing: request.spacing,
    ...plan,
  };
  if (environment) {
    response.forecast = await forecaster.forecast({
      environment,
      policyId: request.policyId,
      policyCap: request.maxConcurrency,
      slots: plan.slots,
      startMs: Date.parse(plan.windowStart),
      endMs: Date.parse(plan.windowEnd),
    });
  }
  return response;
}

import {
  CapacityForecast,
  planWindow,
  ValidationPolicy,
  WindowPlanError,
} from '@dashboard-health/plugin-dashboard-health-common';
import { UseCaseContext } from './UseCaseContext';

/**
 * The forecast of a stored policy's occurrence on `date`: its dashboards resolved as the planner resolves
 * them, placed as the planner would place them over the whole window. Undefined when the date has no
 * occurrence to plan (not a window day, DST gap) or the policy has no dashboards.
 */
export async function forecastPolicyDate(
  context: Pick<
    UseCaseContext,
    'dashboards' | 'forecaster' | 'minSpacingSeconds'
  >,
  policy: ValidationPolicy,
  date: string,
): Promise<CapacityForecast | undefined> {
  const { forecaster } = context;
  const dashboards = await context.dashboards.resolvePolicy(policy);
  if (dashboards.length === 0) return undefined;
  let plan;
  try {
    plan = planWindow({
      window: policy.window,
      date,
      entityRefs: dashboards,
      minSpacingSeconds: context.minSpacingSeconds,
      costs:
        policy.spacing === 'weighted'
          ? await forecaster.planningCosts(dashboards)
          : undefined,
    });
  } catch (error) {
    if (error instanceof WindowPlanError) return undefined;
    throw error;
  }
  return forecaster.forecast({
    environment: policy.environment,
    policyId: policy.id,
    policyCap: policy.maxConcurrency,
    slots: plan.slots,
    startMs: Date.parse(plan.windowStart),
    endMs: Date.parse(plan.windowEnd),
  });
}

import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  nextWindowDate,
  PolicyPlanResponse,
  Run,
  ValidateNowBatch,
  ValidationPolicy,
} from '@dashboard-health/plugin-dashboard-health-common';
import { forecastPolicyDate } from './forecastPolicyDate';
import { planSlots } from './planSlots';
import { UseCaseContext } from './UseCaseContext';

const DAY_MS = 86_400_000;

/**
 * `GET /policies/{id}/plan`: a window date's materialised slots and how far each run got, the forecast of
 * that occurrence, the caps, and the latest "Validate now" batch when it ran near that date. Slots of
 * dashboards the caller cannot see in the catalog are left out, not just anonymised.
 */
export async function getPolicyPlan(
  context: UseCaseContext,
  policy: ValidationPolicy,
  requestedDate: string | undefined,
  credentials: BackstageCredentials,
): Promise<PolicyPlanResponse> {
  const date =
    requestedDate ?? nextWindowDate(policy.window, context.clock.now());
  const [runs, bounds, batch, forecast] = await Promise.all([
    context.plans.planRuns(policy.id, date),
    context.plans.planBounds(policy.id, date),
    context.plans.latestBatch(policy.id),
    forecastPolicyDate(context, policy, date),
  ]);
  const visible = await context.dashboards.visibleRefs(
    [...runs, ...batch].map(run => run.entityRef),
    credentials,
  );
  const seen = (list: readonly Run[]) =>
    list.filter(run => visible.has(run.entityRef));
  const instanceCap = context.forecaster.instanceCap(policy.environment);
  return {
    policyId: policy.id,
    date,
    planned: bounds !== undefined,
    windowStart: bounds?.windowStart ?? null,
    windowEnd: bounds?.windowEnd ?? null,
    slots: await planSlots(context, seen(runs)),
    spacing: policy.spacing ?? 'even',
    cap: {
      instance: instanceCap,
      policy: policy.maxConcurrency ?? null,
      effective: Math.min(instanceCap, policy.maxConcurrency ?? instanceCap),
    },
    forecast: forecast ?? null,
    validateNow: await nearBatch(context, seen(batch), date),
  };
}

/** The batch, if it was requested within a day of the date (so a timeline of that date can show it). */
async function nearBatch(
  context: UseCaseContext,
  batch: readonly Run[],
  date: string,
): Promise<ValidateNowBatch | null> {
  if (batch.length === 0) return null;
  const first = Date.parse(batch[0].plannedAt);
  const last = Math.max(...batch.map(run => Date.parse(run.plannedAt)));
  const day = Date.parse(`${date}T00:00:00Z`);
  if (last < day - DAY_MS || first > day + 2 * DAY_MS) return null;
  const deadline = batch[0].deadlineAt ?? batch[0].plannedAt;
  return {
    requestedAt: batch[0].plannedAt,
    windowStart: batch[0].plannedAt,
    windowEnd: new Date(
      Date.parse(deadline) - context.gracePeriodMs,
    ).toISOString(),
    slots: await planSlots(context, batch),
  };
}

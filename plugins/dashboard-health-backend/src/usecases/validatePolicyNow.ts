import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  DEFAULT_MIN_SPACING_SECONDS,
  placeSlots,
  slotOrder,
  ValidateNowResponse,
} from '@dashboard-health/plugin-dashboard-health-common';
import { newRunId } from '../database/runRows';
import { allowedToRun } from './allowedToRun';
import { planSlots } from './planSlots';
import { principalRef } from './principalRef';
import { UseCaseContext } from './UseCaseContext';
import { validateNowSpreadMs } from './validateNowSpread';

/**
 * "Validate now" on a policy, for the REST route and the action alike: every dashboard of the policy the
 * caller can see gets a manual run, spread cost-weighted over a short window that starts now, so the first
 * starts at once and the rest follow under the instance's and the policy's caps — never all at once.
 * Runs only the dashboards the caller may run by hand (`dashboard-health.run.create` on each); 403 if none.
 */
export async function validatePolicyNow(
  context: UseCaseContext,
  policyId: string,
  credentials: BackstageCredentials,
): Promise<ValidateNowResponse> {
  const policy = await context.policies.get(policyId);
  if (!policy) throw new NotFoundError(`No policy with id '${policyId}'`);
  const resolved = await context.dashboards.resolvePolicy(policy);
  const visible = await context.dashboards.visibleRefs(resolved, credentials);
  const refs = slotOrder(
    await allowedToRun(
      context,
      resolved.filter(ref => visible.has(ref)),
      credentials,
    ),
  );
  if (refs.length === 0) {
    throw new ConflictError(
      `Policy '${policy.name}' has no dashboards you can see to validate`,
    );
  }

  const { forecaster } = context;
  const costs = await forecaster.planningCosts(refs);
  const costList = refs.map(ref => costs.get(ref)!);
  const instanceCap = forecaster.instanceCap(policy.environment);
  const minSpacingSeconds =
    context.minSpacingSeconds ?? DEFAULT_MIN_SPACING_SECONDS;
  const spreadMs = validateNowSpreadMs({
    busySeconds: costList.reduce((a, b) => a + b, 0),
    cap: Math.min(instanceCap, policy.maxConcurrency ?? instanceCap),
    count: refs.length,
    minSpacingSeconds,
  });
  const offsets = placeSlots(refs.length, spreadMs, {
    costs: costList,
    minSpacingMs: minSpacingSeconds * 1000,
  });
  // The first run starts now rather than after the half cell a nightly window keeps free.
  const shift = offsets[0];
  const runs = await context.plans.createBatch({
    policyId: policy.id,
    environment: policy.environment,
    requestedBy: principalRef(credentials),
    slots: refs.map((entityRef, i) => ({
      id: newRunId(),
      entityRef,
      offsetMs: offsets[i] - shift,
    })),
    spreadMs,
    gracePeriodMs: context.gracePeriodMs,
  });
  context.dispatcher.tick().catch(error => {
    context.logger.error(
      `Dispatching policy ${policy.id} now failed: ${error}`,
    );
  });

  const slots = await planSlots(context, runs);
  const windowStart = runs[0].plannedAt;
  const windowEnd = new Date(Date.parse(windowStart) + spreadMs).toISOString();
  return {
    policyId: policy.id,
    requestedAt: windowStart,
    windowStart,
    windowEnd,
    spacing: 'weighted',
    forecast: await forecaster.forecast({
      environment: policy.environment,
      policyId: policy.id,
      policyCap: policy.maxConcurrency,
      slots: runs.map(run => ({
        entityRef: run.entityRef,
        plannedAt: run.plannedAt,
      })),
      startMs: Date.parse(windowStart),
      endMs: Date.parse(windowEnd),
    }),
    slots,
  };
}

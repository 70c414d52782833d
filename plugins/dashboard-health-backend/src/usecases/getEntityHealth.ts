import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { EntityHealthResponse } from '@dashboard-health/plugin-dashboard-health-common';
import { UseCaseContext } from './UseCaseContext';

/** The entity view, for `GET /health` and the get-dashboard-health action: 404 for dashboards the caller cannot see. */
export async function getEntityHealth(
  context: UseCaseContext,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<EntityHealthResponse> {
  if (!(await context.dashboards.getDashboard(entityRef, credentials))) {
    throw new NotFoundError(`No dashboard '${entityRef}' in the catalog`);
  }
  const [latestRecord, lastCompletedRecord, next] = await Promise.all([
    context.records.latest(entityRef),
    context.records.latestCompleted(entityRef),
    context.runs.nextPlanned(entityRef),
  ]);
  const policy = next?.policyId
    ? await context.policies.get(next.policyId)
    : undefined;
  return {
    entityRef,
    latestRecord: latestRecord ?? null,
    lastCompletedRecord: lastCompletedRecord ?? null,
    nextRun: next
      ? {
          runId: next.id,
          plannedAt: next.plannedAt,
          status: next.status,
          policy: policy
            ? { id: policy.id, name: policy.name, window: policy.window }
            : null,
        }
      : null,
  };
}

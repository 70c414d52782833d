import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import { EntityHealthResponse } from '@internal/plugin-dashboard-health-common';
import { RouteContext } from './context';

/** The entity view, for `GET /health` and the get-health action: 404 for dashboards the caller cannot see. */
export async function getEntityHealth(
  context: RouteContext,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<EntityHealthResponse> {
  if (!(await context.dashboards.getDashboard(entityRef, credentials))) {
    throw new NotFoundError(`No dashboard '${entityRef}' in the catalog`);
  }
  const [latestRecord, next] = await Promise.all([
    context.records.latest(entityRef),
    context.runs.nextPlanned(entityRef),
  ]);
  const policy = next?.policyId
    ? await context.policies.get(next.policyId)
    : undefined;
  return {
    entityRef,
    latestRecord: latestRecord ?? null,
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

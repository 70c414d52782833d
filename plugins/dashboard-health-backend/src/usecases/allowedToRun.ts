import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { dashboardHealthRunCreatePermission } from '@dashboard-health/plugin-dashboard-health-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { UseCaseContext } from './UseCaseContext';

/**
 * The dashboards the caller may start runs of (`dashboard-health.run.create` on each entity), in one
 * permission request for the whole list; 403 when it is none of them.
 */
export async function allowedToRun(
  context: Pick<UseCaseContext, 'permissions'>,
  entityRefs: readonly string[],
  credentials: BackstageCredentials,
): Promise<string[]> {
  const decisions = await context.permissions.authorize(
    entityRefs.map(resourceRef => ({
      permission: dashboardHealthRunCreatePermission,
      resourceRef,
    })),
    { credentials },
  );
  const allowed = entityRefs.filter(
    (_, i) => decisions[i].result === AuthorizeResult.ALLOW,
  );
  if (entityRefs.length > 0 && allowed.length === 0) {
    throw new NotAllowedError(
      `Not allowed: ${dashboardHealthRunCreatePermission.name}`,
    );
  }
  return allowed;
}

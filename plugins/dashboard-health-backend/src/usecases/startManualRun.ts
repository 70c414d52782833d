import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  dashboardHealthRunCreatePermission,
  Run,
} from '@dashboard-health/plugin-dashboard-health-common';
import { CatalogDashboards } from '../catalog/CatalogDashboards';
import { authorizeOn } from './authorize';
import { principalRef } from './principalRef';
import { UseCaseContext } from './UseCaseContext';

/**
 * Starts a validation of one dashboard now, for `POST /runs` and the trigger action alike: the dashboard
 * visible to the caller, permission `dashboard-health.run.create` on its entity, still subject to the caps.
 */
export async function startManualRun(
  context: UseCaseContext,
  entityRef: string,
  credentials: BackstageCredentials,
): Promise<Run> {
  // Visibility first: a dashboard the caller cannot see answers 404 like a missing one, never 403.
  const entity = await context.dashboards.getDashboard(entityRef, credentials);
  if (!entity) {
    throw new NotFoundError(
      `No Superset dashboard '${entityRef}' in the catalog`,
    );
  }
  await authorizeOn(
    context,
    dashboardHealthRunCreatePermission,
    entityRef,
    credentials,
  );
  const environment = CatalogDashboards.environmentOf(entity)!;
  if (!context.environments.includes(environment)) {
    throw new InputError(
      `Invalid request body: entityRef: its environment '${environment}' is not a configured Superset instance`,
    );
  }
  const run = await context.runs.createManualRun({
    id: `run-${crypto.randomUUID()}`,
    entityRef,
    environment,
    requestedBy: principalRef(credentials),
    gracePeriodMs: context.gracePeriodMs,
  });
  // Start it now rather than at the next tick; the claim still honours the caps, so under load it queues.
  context.dispatcher.tick().catch(error => {
    context.logger.error(`Dispatching manual run ${run.id} failed: ${error}`);
  });
  return run;
}

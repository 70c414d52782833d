import { InputError, NotFoundError } from '@backstage/errors';
import {
  dashboardHealthRunCreatePermission,
  manualRunRequestSchema,
  runListQuerySchema,
} from '@internal/plugin-dashboard-health-common';
import Router from 'express-promise-router';
import { CatalogDashboards } from '../catalog/CatalogDashboards';
import { CursorError } from '../database/rows';
import {
  authorize,
  callerCredentials,
  principalRef,
  RouteContext,
} from './context';
import { parseInput } from './parseInput';

/** `/runs`: the run history (filtered to what the caller may see) and manual runs. */
export function runRoutes(context: RouteContext) {
  const { runs, dashboards, clock, logger } = context;
  const router = Router();

  router.get('/runs', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    const query = parseInput(runListQuerySchema, req.query, 'query');
    if (
      query.entityRef &&
      !(await dashboards.getDashboard(query.entityRef, credentials))
    ) {
      throw new NotFoundError(
        `No dashboard '${query.entityRef}' in the catalog`,
      );
    }
    let page;
    try {
      page = await runs.list(query);
    } catch (error) {
      if (error instanceof CursorError)
        throw new InputError(`Invalid query: ${error.message}`);
      throw error;
    }
    // A page may come back shorter than `limit` when it held runs of dashboards the caller cannot see;
    // `nextCursor` still continues after the last row read.
    const visible = await dashboards.visibleRefs(
      page.items.map(run => run.entityRef),
      credentials,
    );
    res.json({
      ...page,
      items: page.items.filter(run => visible.has(run.entityRef)),
    });
  });

  router.get('/runs/:id', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    const run = await runs.get(req.params.id);
    const visible =
      run && (await dashboards.visibleRefs([run.entityRef], credentials));
    if (!run || !visible?.has(run.entityRef)) {
      throw new NotFoundError(`No run with id '${req.params.id}'`);
    }
    res.json(run);
  });

  router.post('/runs', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    await authorize(context, dashboardHealthRunCreatePermission, credentials);
    const { entityRef } = parseInput(manualRunRequestSchema, req.body);
    const entity = await dashboards.getDashboard(entityRef, credentials);
    if (!entity) {
      throw new NotFoundError(
        `No Superset dashboard '${entityRef}' in the catalog`,
      );
    }
    const environment = CatalogDashboards.environmentOf(entity)!;
    if (!context.environments.includes(environment)) {
      throw new InputError(
        `Invalid request body: entityRef: its environment '${environment}' is not a configured Superset instance`,
      );
    }
    const now = clock.now();
    const run = await runs.createManualRun({
      id: `run-${crypto.randomUUID()}`,
      entityRef,
      environment,
      requestedBy: principalRef(credentials),
      now,
      deadline: new Date(now.getTime() + context.gracePeriodMs),
    });
    // Start it now rather than at the next tick; the claim still honours the caps, so under load it queues.
    context.dispatcher.tick().catch(error => {
      logger.error(`Dispatching manual run ${run.id} failed: ${error}`);
    });
    res.status(202).json(run);
  });

  return router;
}

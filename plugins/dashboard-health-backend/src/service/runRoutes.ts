import { NotFoundError } from '@backstage/errors';
import {
  manualRunRequestSchema,
  runListQuerySchema,
} from '@dashboard-health/plugin-dashboard-health-common';
import Router from 'express-promise-router';
import { parseInput } from '../usecases/parseInput';
import { startManualRun } from '../usecases/startManualRun';
import { callerCredentials, RouteContext } from './context';
import { readPage } from './readPage';

/** `/runs`: the run history (filtered to what the caller may see) and manual runs. */
export function runRoutes(context: RouteContext) {
  const { runs, dashboards } = context;
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
    const page = await readPage(() => runs.list(query));
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
    const { entityRef } = parseInput(manualRunRequestSchema, req.body);
    res.status(202).json(await startManualRun(context, entityRef, credentials));
  });

  return router;
}

import { NotFoundError } from '@backstage/errors';
import {
  entityRefSchema,
  HealthBatchResponse,
  healthBatchRequestSchema,
} from '@dashboard-health/plugin-dashboard-health-common';
import Router from 'express-promise-router';
import { z } from 'zod';
import { getEntityHealth } from '../usecases/getEntityHealth';
import { parseInput } from '../usecases/parseInput';
import { callerCredentials, RouteContext } from './context';
import { readPage } from './readPage';

export const healthQuerySchema = z.object({ entityRef: entityRefSchema });
export const recordListQuerySchema = z.object({
  entityRef: entityRefSchema,
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().min(1).optional(),
});

/** `/health` (the entity view) and `/records` (an entity's history); both answer 404 for unseen entities. */
export function healthRoutes(context: RouteContext) {
  const { dashboards, records, runs } = context;
  const router = Router();

  router.get('/health', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    const { entityRef } = parseInput(healthQuerySchema, req.query, 'query');
    res.json(await getEntityHealth(context, entityRef, credentials));
  });

  // POST because a page of refs can exceed what a URL holds; it reads, it does not change anything.
  router.post('/health/batch', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    const { entityRefs } = parseInput(healthBatchRequestSchema, req.body);
    const visible = [
      ...(await dashboards.visibleRefs(entityRefs, credentials)),
    ];
    const [summaries, next] = await Promise.all([
      records.summaries(visible),
      runs.nextPlannedAt(visible),
    ]);
    const checked = new Set(summaries.map(s => s.entityRef));
    const response: HealthBatchResponse = {
      items: summaries.map(s => ({
        ...s,
        nextRunAt: next.get(s.entityRef) ?? null,
      })),
      unchecked: visible
        .filter(ref => !checked.has(ref))
        .map(ref => ({ entityRef: ref, nextRunAt: next.get(ref) ?? null })),
    };
    res.json(response);
  });

  router.get('/records', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    const query = parseInput(recordListQuerySchema, req.query, 'query');
    if (!(await dashboards.getDashboard(query.entityRef, credentials))) {
      throw new NotFoundError(
        `No dashboard '${query.entityRef}' in the catalog`,
      );
    }
    res.json(await readPage(() => records.list(query)));
  });

  router.get('/records/:id', async (req, res) => {
    const credentials = await callerCredentials(context, req);
    const record = await records.get(req.params.id);
    const visible =
      record && (await dashboards.visibleRefs([record.entityRef], credentials));
    if (!record || !visible?.has(record.entityRef)) {
      throw new NotFoundError(`No record with id '${req.params.id}'`);
    }
    res.json(record);
  });

  return router;
}

import { Router } from 'express';
import { requireAuth } from '../auth/requireAuth';
import { notFound, sendJson } from '../http/respond';
import type { SimulatorContext } from '../server/context';
import { datasetDetailEnvelope } from './datasetPayloads';

export function datasetRoutes(context: SimulatorContext): Router {
  const router = Router();
  router.get(
    '/dataset/:pk(\\d+)',
    requireAuth(context.tokens, context.model),
    (req, res) => {
      const dataset = context.model.get().datasets.get(Number(req.params.pk));
      if (!dataset) {
        notFound(res);
        return;
      }
      sendJson(
        res,
        200,
        datasetDetailEnvelope(dataset, context.clock.now().getTime()),
      );
    },
  );
  return router;
}

import { Router } from 'express';
import { requireAuth } from '../auth/requireAuth';
import { notFound, sendJson, sendMessage } from '../http/respond';
import type { SimulatorContext } from '../server/context';
import type { AsyncQueries } from './AsyncQueries';

/** AsyncEventsRestApi.events and ChartDataRestApi.data_from_cache. */
export function asyncRoutes(
  context: SimulatorContext,
  async: AsyncQueries,
): Router {
  const router = Router();
  const auth = requireAuth(context.tokens, context.model);

  router.get('/async_event', auth, (req, res) => {
    const channel = async.channels.channelOf(req);
    if (!channel) {
      // AsyncQueryTokenException -> response_401()
      sendMessage(res, 401, 'Not authorized');
      return;
    }
    const lastId =
      typeof req.query.last_id === 'string' ? req.query.last_id : undefined;
    sendJson(res, 200, { result: async.jobs.read(channel, lastId) });
  });

  router.get('/chart/data/:cacheKey', auth, (req, res) => {
    const body = async.jobs.result(req.params.cacheKey);
    if (body === undefined) {
      // ChartDataCacheLoadError while loading the query context -> response_404()
      notFound(res);
      return;
    }
    sendJson(res, 200, body);
  });

  return router;
}

import { Router } from 'express';
import { currentUser, requireAuth } from '../auth/requireAuth';
import { notFound, sendJson, sendMessage } from '../http/respond';
import type { SimulatorContext } from '../server/context';
import { answerChartData } from './chartData';
import { chartDataPostHandler } from './chartDataPost';
import { chartDetailEnvelope } from './chartPayloads';

export function chartRoutes(context: SimulatorContext): Router {
  const router = Router();
  const auth = requireAuth(context.tokens, context.model);

  router.post('/chart/data', auth, chartDataPostHandler(context));

  router.get('/chart/:pk(\\d+)', auth, (req, res) => {
    const model = context.model.get();
    const chart = model.charts.get(Number(req.params.pk));
    if (!chart) {
      notFound(res);
      return;
    }
    sendJson(
      res,
      200,
      chartDetailEnvelope(chart, model, context.clock.now().getTime()),
    );
  });

  router.get('/chart/:pk(\\d+)/data', auth, (req, res) => {
    const chart = context.model.get().charts.get(Number(req.params.pk));
    if (!chart) {
      notFound(res);
      return;
    }
    const force = new URLSearchParams(req.originalUrl.split('?')[1] ?? '').get(
      'force',
    );
    const userId = currentUser(res).id;
    const result = answerChartData(
      chart,
      userId,
      context.clock.now().getTime(),
      force === 'true',
    );
    const { asyncQueries } = context;
    if (asyncQueries && result.executed) {
      // ChartDataRestApi._run_async: a cached result answers at once, unless forced.
      const cached =
        force === 'true'
          ? undefined
          : asyncQueries.jobs.cachedChartResult(chart.source.id, userId);
      if (cached !== undefined) {
        sendJson(res, 200, cached);
        return;
      }
      const channel = asyncQueries.channels.channelOf(req);
      if (!channel) {
        // AsyncQueryTokenException -> response_401(): no (valid) async-token cookie.
        sendMessage(res, 401, 'Not authorized');
        return;
      }
      sendJson(
        res,
        202,
        asyncQueries.jobs.submit(channel, userId, chart.source.id, result),
      );
      return;
    }
    const reply = () => sendJson(res, result.status, result.body);
    if (result.delayMs > 0) {
      context.schedule(result.delayMs, reply);
    } else {
      reply();
    }
  });

  return router;
}

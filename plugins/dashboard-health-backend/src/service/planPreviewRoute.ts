import Router from 'express-promise-router';
import { previewPlan } from '../usecases/previewPlan';
import { callerCredentials, RouteContext } from './context';

/** `POST /plan/preview`: slots, and with `environment` the capacity forecast (see usecases/previewPlan). */
export function planPreviewRoute(context: RouteContext) {
  const router = Router();
  router.post('/plan/preview', async (req, res) => {
    // Any Backstage principal may preview; the credential check answers 401 without one.
    await callerCredentials(context, req);
    res.json(await previewPlan(context, req.body));
  });
  return router;
}

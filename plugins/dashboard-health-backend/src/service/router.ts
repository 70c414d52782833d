import express from 'express';
import Router from 'express-promise-router';
import { callerCredentials, RouteContext } from './context';
import { healthRoutes } from './healthRoutes';
import { previewPlan } from './planPreviewRoute';
import { policyRoutes } from './policyRoutes';
import { refuseNulInUrl } from './refuseNulInUrl';
import { runRoutes } from './runRoutes';

export type RouterOptions = RouteContext;

/** The plugin's REST API, mounted at /api/dashboard-health. */
export async function createRouter(
  context: RouteContext,
): Promise<express.Router> {
  const router = Router();
  router.use(refuseNulInUrl);
  router.use(express.json({ limit: '2mb' }));

  router.post('/plan/preview', async (req, res) => {
    // Any Backstage principal may preview; the credential check answers 401 without one.
    await callerCredentials(context, req);
    res.json(previewPlan(req.body, context.clock, context.minSpacingSeconds));
  });
  router.use(policyRoutes(context));
  router.use(runRoutes(context));
  router.use(healthRoutes(context));

  return router;
}

import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { Clock } from '../clock';
import { previewPlan } from './planPreviewRoute';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  clock: Clock;
  /** `dashboardHealth.planner.minSpacingSeconds`. */
  minSpacingSeconds?: number;
}

/** The plugin's REST API, mounted at /api/dashboard-health. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, clock, minSpacingSeconds } = options;
  const router = Router();
  router.use(express.json({ limit: '2mb' }));

  router.post('/plan/preview', async (req, res) => {
    // Any Backstage principal may preview; the credential check answers 401 without one.
    await httpAuth.credentials(req, { allow: ['user', 'service'] });
    res.json(previewPlan(req.body, clock, minSpacingSeconds));
  });

  return router;
}

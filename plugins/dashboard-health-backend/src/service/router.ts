import express from 'express';
import { createOpenApiRouter } from '../schema/openapi/generated/router';
import { RouteContext } from './context';
import { healthRoutes } from './healthRoutes';
import { planPreviewRoute } from './planPreviewRoute';
import { policyRoutes } from './policyRoutes';
import { refuseNulInUrl } from './refuseNulInUrl';
import { runRoutes } from './runRoutes';
import { zodFieldMessages } from './zodFieldMessages';

export type RouterOptions = RouteContext;

/**
 * The plugin's REST API, mounted at /api/dashboard-health: every request is checked against
 * src/schema/openapi.yaml (unknown query parameters, wrong types, bodies that break the -common schemas
 * answer 400 in Backstage's error shape) before the routes parse it with the same zod schemas.
 */
export async function createRouter(
  context: RouteContext,
): Promise<express.Router> {
  const router = await createOpenApiRouter({
    middleware: [refuseNulInUrl, express.json({ limit: '2mb' })],
    // Under jest every answer of every route test is checked against the spec as well, so the contract
    // cannot drift from what the code sends; in production answers are not re-validated (cost).
    validatorOptions: { validateResponses: process.env.NODE_ENV === 'test' },
  });

  router.use(planPreviewRoute(context));
  router.use(policyRoutes(context));
  router.use(runRoutes(context));
  router.use(healthRoutes(context));
  router.use(zodFieldMessages());

  return router;
}

import { Response, Router } from 'express';
import { currentUser, requireAuth } from '../auth/requireAuth';
import { dashboardChartEntry } from '../charts/chartPayloads';
import { forbidden, notFound, sendJson } from '../http/respond';
import type { Model, ResolvedDashboard } from '../model/types';
import type { SimulatorContext } from '../server/context';
import { dashboardDatasets } from './dashboardDatasets';
import { dashboardListHandler } from './dashboardListRoute';
import { dashboardDetail } from './dashboardPayloads';
import { relatedHandler } from './relatedRoute';

/** Superset's id_or_slug lookup: digits are ids, then uuids, then slugs. */
function findDashboard(
  model: Model,
  key: string,
): ResolvedDashboard | undefined {
  if (/^\d+$/.test(key)) {
    return model.dashboards.get(Number(key));
  }
  return model.dashboardsByUuid.get(key) ?? model.dashboardsBySlug.get(key);
}

/**
 * Resolves the dashboard of a request, answering 404/403 itself. A `forbidden` dashboard refuses
 * everyone but its owners (DashboardAccessDeniedError).
 */
function accessibleDashboard(
  context: SimulatorContext,
  key: string,
  res: Response,
): { model: Model; dashboard: ResolvedDashboard } | undefined {
  const model = context.model.get();
  const dashboard = findDashboard(model, key);
  if (!dashboard) {
    notFound(res);
    return undefined;
  }
  const userId = currentUser(res).id;
  if (
    dashboard.source.forbidden &&
    !dashboard.owners.some(u => u.id === userId)
  ) {
    forbidden(res);
    return undefined;
  }
  return { model, dashboard };
}

export function dashboardRoutes(context: SimulatorContext): Router {
  const router = Router();
  const auth = requireAuth(context.tokens, context.model);

  router.get(
    '/dashboard',
    auth,
    dashboardListHandler(context.model, context.clock),
  );
  router.get('/dashboard/related/:column', auth, relatedHandler(context.model));

  router.get('/dashboard/:key', auth, (req, res) => {
    const found = accessibleDashboard(context, req.params.key, res);
    if (found) {
      const nowMs = context.clock.now().getTime();
      sendJson(res, 200, {
        result: dashboardDetail(found.dashboard, found.model, nowMs),
      });
    }
  });

  router.get('/dashboard/:key/charts', auth, (req, res) => {
    const found = accessibleDashboard(context, req.params.key, res);
    if (found) {
      sendJson(res, 200, {
        result: found.dashboard.charts.map(dashboardChartEntry),
      });
    }
  });

  router.get('/dashboard/:key/datasets', auth, (req, res) => {
    const found = accessibleDashboard(context, req.params.key, res);
    if (found) {
      sendJson(res, 200, { result: dashboardDatasets(found.dashboard) });
    }
  });

  return router;
}

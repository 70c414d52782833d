import express, { ErrorRequestHandler, Express } from 'express';
import { asyncRoutes } from '../async/asyncRoutes';
import { securityRoutes } from '../auth/securityRoutes';
import { chartRoutes } from '../charts/chartRoutes';
import { dashboardRoutes } from '../dashboards/dashboardRoutes';
import { databaseRoutes } from '../databases/databaseRoutes';
import { datasetRoutes } from '../datasets/datasetRoutes';
import { fatalError, notFound, sendMessage } from '../http/respond';
import { adminRoutes } from './adminRoutes';
import type { SimulatorContext } from './context';
import type { FaultController } from './faults';
import { requestLog } from './requestLog';
import type { RequestLogEntry } from './types';

export interface AppParts {
  context: SimulatorContext;
  faults: FaultController;
  requests: RequestLogEntry[];
  expireTokens: () => void;
}

/** FAB's @safe: anything unexpected is 500 {"message": "Fatal error"}. */
const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  if (res.headersSent) {
    return;
  }
  if ((error as { type?: string }).type === 'entity.parse.failed') {
    sendMessage(res, 400, 'Request is not JSON');
    return;
  }
  if (process.env.SUPERSET_SIMULATOR_DEBUG) {
    process.stderr.write(`superset-simulator: ${(error as Error).stack}\n`);
  }
  fatalError(res);
};

/** The express app of one simulated Superset instance. */
export function createApp(parts: AppParts): Express {
  const { context } = parts;
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(requestLog(parts.requests));
  app.get('/health', (_req, res) => {
    res.type('text/plain').send('OK');
  });
  app.use('/__simulator', adminRoutes(parts.faults, parts.expireTokens));
  app.use(
    '/api/v1',
    parts.faults.middleware(context.schedule),
    express.json({ limit: '5mb' }),
    ...(context.asyncQueries
      ? [
          context.asyncQueries.channels.afterRequest(),
          asyncRoutes(context, context.asyncQueries),
        ]
      : []),
    securityRoutes(context.model, context.tokens),
    dashboardRoutes(context),
    chartRoutes(context),
    datasetRoutes(context),
    databaseRoutes(context),
  );
  app.use((_req, res) => notFound(res));
  app.use(errorHandler);
  return app;
}

import type { Request, Response } from 'express';
import { notFound, sendMessage } from '../http/respond';
import type { SimulatorContext } from '../server/context';
import { resolveTimestamp } from '../time/timestamps';
import { md5Hex } from '../util/ids';
import { pyRepr } from '../util/pyRepr';
import { chartDataResult } from './chartDataResult';
import { DEFAULT_CACHE_TIMEOUT } from './chartData';
import { columnDoesNotExist } from './postgresError';
import type { QueryObject } from './queryContext';
import { missingColumnsUsed, planQuery, QueryPlanError } from './queryPlan';
import { generateRows } from './rows';
import { sendQueryAnswer } from './sendQueryAnswer';

const DATASOURCE_TYPES = ['table', 'dataset', 'query', 'saved_query', 'view'];
const REQUIRED = ['Missing data for required field.'];

/** Marshmallow's ChartDataQueryContextSchema errors, for the fields a caller can get wrong. */
function validate(
  body: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const errors: Record<string, unknown> = {};
  const datasource = body.datasource as Record<string, unknown> | undefined;
  if (!datasource || typeof datasource !== 'object') {
    errors.datasource = REQUIRED;
  } else if (!DATASOURCE_TYPES.includes(String(datasource.type))) {
    errors.datasource = {
      type: [`Must be one of: ${DATASOURCE_TYPES.join(', ')}.`],
    };
  }
  if (!Array.isArray(body.queries)) {
    errors.queries = REQUIRED;
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}

/**
 * POST /chart/data for ad-hoc queries against a dataset, e.g. the freshness probe
 * `MAX(<time column>)` that tells how old a table's newest row is.
 */
export function chartDataPostHandler(context: SimulatorContext) {
  return (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (!req.is('application/json') || typeof body !== 'object') {
      sendMessage(res, 400, 'Request is not JSON');
      return;
    }
    const errors = validate(body);
    if (errors) {
      sendMessage(res, 400, `Request is incorrect: ${pyRepr(errors)}`);
      return;
    }
    const datasource = body.datasource as { id: unknown };
    const model = context.model.get();
    const dataset = model.datasets.get(Number(datasource.id));
    if (!dataset) {
      notFound(res);
      return;
    }
    const nowMs = context.clock.now().getTime();
    const latestDataMs = Math.floor(
      resolveTimestamp(dataset.latestData, nowMs) / 1000,
    );
    const results = [];
    for (const query of body.queries as Array<Partial<QueryObject>>) {
      let plan;
      try {
        plan = planQuery(query, dataset, nowMs);
      } catch (error) {
        if (error instanceof QueryPlanError) {
          sendMessage(res, 400, `Error: ${error.message}`);
          return;
        }
        throw error;
      }
      const missing = missingColumnsUsed(plan);
      if (missing.length > 0) {
        // The database's error: the query ran, so with async queries it is the job's error event.
        sendQueryAnswer(req, res, context, 400, {
          message: `Error: ${columnDoesNotExist(plan.sql, missing[0])}`,
        });
        return;
      }
      results.push(
        chartDataResult({
          plan,
          rows: generateRows(
            plan,
            dataset.source.id,
            latestDataMs,
            dataset.rowCount,
          ),
          cacheKey: md5Hex(
            `chart-data-post:${JSON.stringify(query)}:${plan.sql}`,
          ),
          cacheTimeout: DEFAULT_CACHE_TIMEOUT,
          cachedAt: null,
        }),
      );
    }
    sendQueryAnswer(req, res, context, 200, { result: results });
  };
}

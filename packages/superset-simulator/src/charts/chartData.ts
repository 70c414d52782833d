import type { ResolvedChart } from '../model/types';
import { resolveTimestamp } from '../time/timestamps';
import { md5Hex, randomId } from '../util/ids';
import { pyRepr } from '../util/pyRepr';
import { chartDataResult, datasourceAccessError } from './chartDataResult';
import { fullFormData } from './formData';
import { columnDoesNotExist } from './postgresError';
import { buildQueryObject } from './queryContext';
import {
  missingColumnsUsed,
  planQuery,
  QueryPlan,
  QueryPlanError,
} from './queryPlan';
import { generateRows, normalizeRows, Row } from './rows';

export const DEFAULT_CACHE_TIMEOUT = 86400;
const DEFAULT_SLOW_MS = 5000;
const DEFAULT_STALE_AGE = '9d';

/** What GET /chart/{pk}/data/ answers for a chart, decided by its scenario behaviour. */
export interface ChartDataAnswer {
  status: number;
  body: unknown;
  /** Extra time a `slow` chart takes before answering. */
  delayMs: number;
  /**
   * Whether the answer comes from running the query (a result or the database's error), rather than
   * from checks made before it runs. Only those become async jobs; the others answer at once.
   */
  executed: boolean;
}

const answer = (
  status: number,
  body: unknown,
  delayMs = 0,
  executed = false,
): ChartDataAnswer => ({
  status,
  body,
  delayMs,
  executed,
});

function planChart(chart: ResolvedChart, nowMs: number): QueryPlan {
  return planQuery(buildQueryObject(fullFormData(chart)), chart.dataset, nowMs);
}

function failedQueryMessage(chart: ResolvedChart, plan: QueryPlan): string {
  if (chart.source.errorMessage) {
    return chart.source.errorMessage;
  }
  const missing =
    missingColumnsUsed(plan)[0] ?? [...chart.dataset.missingColumns][0];
  return missing
    ? columnDoesNotExist(plan.sql, missing)
    : 'canceling statement due to statement timeout';
}

function successBody(
  chart: ResolvedChart,
  plan: QueryPlan,
  nowMs: number,
  force: boolean,
): unknown {
  const { source } = chart;
  const ageText =
    source.latestDataAge ??
    (source.behaviour === 'stale' ? DEFAULT_STALE_AGE : '1h');
  const latestDataMs = Math.floor(resolveTimestamp(ageText, nowMs) / 1000);
  let rows: Row[];
  if (source.behaviour === 'empty') {
    rows = [];
  } else if (source.rows) {
    rows = normalizeRows(source.rows, plan);
  } else {
    rows = generateRows(plan, source.id, latestDataMs, chart.dataset.rowCount);
  }
  return {
    result: [
      chartDataResult({
        plan,
        rows,
        cacheKey:
          source.cacheKey ?? md5Hex(`chart-data:${source.id}:${plan.sql}`),
        cacheTimeout: source.cache_timeout ?? DEFAULT_CACHE_TIMEOUT,
        cachedAt: force ? null : chart.cachedAt,
      }),
    ],
  };
}

/** Applies the chart's behaviour: a result, one of Superset's failure bodies, or an async job. */
export function answerChartData(
  chart: ResolvedChart,
  userId: number,
  nowMs: number,
  force: boolean,
): ChartDataAnswer {
  const { behaviour } = chart.source;
  if (behaviour === 'no-query-context') {
    return answer(400, {
      message: 'Chart has no query context saved. Please save the chart again.',
    });
  }
  if (behaviour === 'forbidden') {
    return answer(403, datasourceAccessError([chart.dataset.qualifiedName]));
  }
  if (behaviour === 'async') {
    return answer(202, {
      channel_id: randomId(),
      errors: [],
      job_id: randomId(),
      result_url: null,
      status: 'pending',
      user_id: userId,
    });
  }
  let plan: QueryPlan;
  try {
    plan = planChart(chart, nowMs);
  } catch (error) {
    if (error instanceof QueryPlanError) {
      return answer(400, { message: `Error: ${error.message}` });
    }
    throw error;
  }
  if (behaviour === 'columns-missing') {
    const used = missingColumnsUsed(plan);
    const known = used.length > 0 ? used : [...chart.dataset.missingColumns];
    const missing = known.length > 0 ? known : ['deprecated_column'];
    return answer(400, {
      message: `Error: Columns missing in dataset: ${pyRepr(missing)}`,
    });
  }
  if (behaviour === 'error' || missingColumnsUsed(plan).length > 0) {
    return answer(
      400,
      { message: `Error: ${failedQueryMessage(chart, plan)}` },
      0,
      true,
    );
  }
  const delay =
    behaviour === 'slow' ? chart.source.delayMs ?? DEFAULT_SLOW_MS : 0;
  return answer(200, successBody(chart, plan, nowMs, force), delay, true);
}

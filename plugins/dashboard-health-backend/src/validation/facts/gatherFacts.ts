import {
  SupersetApiError,
  SupersetClient,
  SupersetDashboardChart,
} from '@dashboard-health/superset-client';
import { ChartBudget } from './ChartBudget';
import { chartFailureOutcome } from './chartOutcome';
import { latestTemporalValue } from './latestTemporalValue';
import { ChartFacts, DashboardFacts } from './types';

/** The calls fact gathering makes; the real SupersetClient satisfies it. */
export type FactsSource = Pick<
  SupersetClient,
  | 'getDashboard'
  | 'getDashboardCharts'
  | 'getDashboardDatasets'
  | 'getChartData'
>;

export interface GatherOptions {
  environment: string;
  /** The instance's base URL, for links to charts. */
  baseUrl: string;
  dashboardId: number;
  source: FactsSource;
  signal: AbortSignal;
  now: () => Date;
  /** Chart queries of one run in flight at once, so one dashboard cannot flood Superset. */
  chartConcurrency: number;
  /** One chart's whole budget, retries included; a chart that outlasts it is a `timeout` fact. */
  chartTimeoutMs: number;
}

/** The dashboard could not be read at all; the run ends `error` with this explanation. */
export class DashboardUnavailableError extends Error {
  constructor(
    readonly code: 'dashboard-not-found' | 'superset-unavailable',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads one dashboard, its charts and their saved queries from Superset. Chart failures are recorded as
 * facts; only failures to read the dashboard itself (gone, forbidden, Superset down) end the gathering.
 */
export async function gatherFacts(
  options: GatherOptions,
): Promise<DashboardFacts> {
  const { source, dashboardId, signal } = options;
  let dashboard;
  let charts: SupersetDashboardChart[];
  try {
    dashboard = await source.getDashboard(dashboardId, { signal });
    charts = await source.getDashboardCharts(dashboardId, { signal });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw unavailable(error, options);
  }
  const datasetNames = await readDatasetNames(options);

  const facts = await mapWithConcurrency(
    charts,
    options.chartConcurrency,
    chart => chartFacts(chart, datasetNames, options),
  );
  return {
    environment: options.environment,
    dashboard: {
      id: dashboard.id,
      title: dashboard.title,
      url: dashboard.url,
      published: dashboard.published,
      changedOn: dashboard.changedOn,
    },
    charts: facts,
    gatheredAt: options.now().toISOString(),
  };
}

async function chartFacts(
  chart: SupersetDashboardChart,
  datasetNames: Map<number, string>,
  options: GatherOptions,
): Promise<ChartFacts> {
  const started = Date.now();
  // Started here rather than when the chart is queued: waiting for a free slot is not the chart's time.
  const budget = new ChartBudget(options.signal, options.chartTimeoutMs);
  const datasetId = chart.datasource?.id ?? null;
  const base = {
    id: chart.id,
    name: chart.name,
    vizType: chart.vizType,
    url: `${options.baseUrl}/explore/?slice_id=${chart.id}`,
    datasetId,
    datasetName: datasetId !== null ? datasetNames.get(datasetId) : undefined,
    timeGrain: timeGrainOf(chart.formData),
  };
  try {
    const response = await options.source.getChartData(chart.id, {
      signal: budget.signal,
      timeoutMs: budget.ms,
    });
    if (response.kind === 'async') {
      return {
        ...base,
        outcome: 'async-not-awaited',
        message: `Superset runs this query asynchronously (job ${response.job.jobId}); its result was not awaited`,
        durationMs: Date.now() - started,
      };
    }
    // Older Superset releases report a failed query inside a 200.
    const failed = response.queries.find(q => q.error || q.status === 'failed');
    if (failed) {
      return {
        ...base,
        outcome: 'query-error',
        message: failed.error ?? 'the query failed',
        durationMs: Date.now() - started,
      };
    }
    const latest = latestTemporalValue(response.queries);
    const cached = response.queries.find(q => q.isCached && q.cachedDttm);
    return {
      ...base,
      outcome: 'ok',
      rowCount: response.queries.reduce((sum, q) => sum + q.rowcount, 0),
      latestDataAt:
        latest !== undefined ? new Date(latest).toISOString() : undefined,
      cachedAt: cached?.cachedDttm ?? undefined,
      durationMs: Date.now() - started,
    };
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    const failure = budget.endedBy(error)
      ? {
          outcome: 'timeout' as const,
          message: `no answer within ${budget.ms} ms, retries included`,
        }
      : chartFailureOutcome(error);
    return { ...base, ...failure, durationMs: Date.now() - started };
  }
}

/** Dataset names make messages readable; without them the validation still stands. */
async function readDatasetNames(
  options: GatherOptions,
): Promise<Map<number, string>> {
  try {
    const datasets = await options.source.getDashboardDatasets(
      options.dashboardId,
      {
        signal: options.signal,
      },
    );
    return new Map(datasets.map(d => [d.id, d.name]));
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    return new Map();
  }
}

function unavailable(
  error: unknown,
  options: GatherOptions,
): DashboardUnavailableError {
  if (
    error instanceof SupersetApiError &&
    error.kind === 'http' &&
    error.status === 404
  ) {
    return new DashboardUnavailableError(
      'dashboard-not-found',
      `dashboard not found: Superset ${options.environment} has no dashboard ${options.dashboardId}`,
    );
  }
  const detail =
    error instanceof SupersetApiError ? error.message : String(error);
  return new DashboardUnavailableError(
    'superset-unavailable',
    `Superset could not be asked about the dashboard: ${detail}`,
  );
}

function timeGrainOf(formData: Record<string, unknown>): string | undefined {
  const grain = formData.time_grain_sqla;
  return typeof grain === 'string' && grain.startsWith('P') ? grain : undefined;
}

/** Runs `fn` over items with at most `limit` in flight, keeping the input order in the result. */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]);
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, worker),
  );
  return results;
}

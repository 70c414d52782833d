import {
  SupersetApiError,
  SupersetClient,
  SupersetDashboardChart,
  SupersetDashboardDataset,
} from '@dashboard-health/superset-client';
import { ChartBudget } from './ChartBudget';
import { chartFailureOutcome } from './chartOutcome';
import { DatasetFreshness, FreshnessSource } from './datasetFreshness';
import { FreshnessColumns } from './freshnessColumns';
import { GatherDeadline } from './GatherDeadline';
import { latestTemporalValue } from './latestTemporalValue';
import { timeoutMessage } from './timeoutMessage';
import { ChartFacts, DashboardFacts } from './types';

/** The calls fact gathering makes; the real SupersetClient satisfies it. */
export type FactsSource = Pick<
  SupersetClient,
  | 'getDashboard'
  | 'getDashboardCharts'
  | 'getDashboardDatasets'
  | 'getChartData'
> &
  FreshnessSource;

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
  /**
   * The whole gathering's budget (charts and freshness probes); charts not checked within it become
   * `not-checked` facts naming the reason. Default: no budget beyond the run's.
   */
  budgetMs?: number;
  /** Temporal columns named by the entity for its datasets' freshness (else each `main_dttm_col`). */
  freshnessColumns?: FreshnessColumns;
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
  const deadline = new GatherDeadline(options.budgetMs);
  let dashboard;
  let charts: SupersetDashboardChart[];
  try {
    dashboard = await source.getDashboard(dashboardId, { signal });
    charts = await source.getDashboardCharts(dashboardId, { signal });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw unavailable(error, options);
  }
  const datasets = await readDatasets(options);
  const datasetNames = new Map(datasets.map(d => [d.id, d.name]));

  const checked = await mapWithConcurrency(
    charts,
    options.chartConcurrency,
    chart => chartFacts(chart, datasetNames, options, deadline),
  );
  const facts = await withDatasetFreshness(
    checked,
    datasets,
    options,
    deadline,
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
  deadline: GatherDeadline,
): Promise<ChartFacts> {
  const started = Date.now();
  // Started here rather than when the chart is queued: waiting for a free slot is not the chart's time.
  const budget = new ChartBudget(
    AbortSignal.any([options.signal, deadline.signal]),
    options.chartTimeoutMs,
  );
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
  if (deadline.passed) {
    const message = deadline.reason('not started');
    return { ...base, outcome: 'not-checked', message, durationMs: 0 };
  }
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
    if (deadline.passed) {
      const message = deadline.reason('cut short');
      return { ...base, outcome: 'not-checked', message, durationMs: 0 };
    }
    const failure = budget.endedBy(error)
      ? {
          outcome: 'timeout' as const,
          message: timeoutMessage(error, budget.ms),
        }
      : chartFailureOutcome(error);
    return { ...base, ...failure, durationMs: Date.now() - started };
  }
}

/**
 * Dataset names make messages readable and their time columns tell the freshness of charts without one;
 * without them the validation still stands.
 */
async function readDatasets(
  options: GatherOptions,
): Promise<SupersetDashboardDataset[]> {
  try {
    return await options.source.getDashboardDatasets(options.dashboardId, {
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    return [];
  }
}

/** One freshness probe per dataset for the charts whose result has no time column, within the budget. */
async function withDatasetFreshness(
  charts: ChartFacts[],
  datasets: SupersetDashboardDataset[],
  options: GatherOptions,
  deadline: GatherDeadline,
): Promise<ChartFacts[]> {
  const freshness = new DatasetFreshness(datasets, {
    source: options.source,
    signal: options.signal,
    timeoutMs: options.chartTimeoutMs,
    columns: options.freshnessColumns ?? { byDataset: new Map() },
    deadline,
  });
  return mapWithConcurrency(charts, options.chartConcurrency, chart =>
    freshness.addTo(chart),
  );
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

/** Any non-empty grain: the anchored weekly ones start with a date (`1969-12-28T00:00:00Z/P1W`). */
function timeGrainOf(formData: Record<string, unknown>): string | undefined {
  const grain = formData.time_grain_sqla;
  return typeof grain === 'string' && grain !== '' ? grain : undefined;
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

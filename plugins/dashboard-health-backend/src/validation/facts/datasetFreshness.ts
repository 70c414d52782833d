import {
  SupersetApiError,
  SupersetClient,
  SupersetDashboardDataset,
} from '@dashboard-health/superset-client';
import { ChartBudget } from './ChartBudget';
import { FreshnessColumns, freshnessColumnOf } from './freshnessColumns';
import { GatherDeadline } from './GatherDeadline';
import { ChartFacts } from './types';

/** The calls the probe makes; the real SupersetClient satisfies it. */
export type FreshnessSource = Pick<
  SupersetClient,
  'getDatasetLatestValue' | 'getDataset'
>;

export interface DatasetFreshnessOptions {
  source: FreshnessSource;
  signal: AbortSignal;
  /** One probe's whole budget, retries included, like one chart's. */
  timeoutMs: number;
  columns: FreshnessColumns;
  /** The gathering's budget: no probe starts after it, and one still running is cut short. */
  deadline?: GatherDeadline;
}

/** What a dataset's probe found: its newest value, or why there is none. */
type Freshness =
  | { dataset: string; column: string; latestDataAt: string }
  | { unknown: string };

/**
 * Gives charts whose result has no time column (big numbers, tables, pies) the freshness of their
 * dataset: the newest value of its temporal column, asked once per dataset however many charts share
 * it. A dataset without a temporal column, or whose probe fails, leaves the chart's freshness unknown,
 * which is said, never taken for fresh.
 */
export class DatasetFreshness {
  /** Per run: one probe per dataset, shared by the charts that use it. */
  private readonly probes = new Map<number, Promise<Freshness>>();
  private readonly datasets: Map<number, SupersetDashboardDataset>;

  constructor(
    datasets: readonly SupersetDashboardDataset[],
    private readonly options: DatasetFreshnessOptions,
  ) {
    this.datasets = new Map(datasets.map(d => [d.id, d]));
  }

  /** Whether `chart` needs its dataset's freshness: it answered rows, but none of them has a time. */
  static needed(chart: ChartFacts): boolean {
    return (
      chart.outcome === 'ok' &&
      (chart.rowCount ?? 0) > 0 &&
      chart.latestDataAt === undefined
    );
  }

  async addTo(chart: ChartFacts): Promise<ChartFacts> {
    if (!DatasetFreshness.needed(chart)) return chart;
    if (chart.datasetId === null) {
      return { ...chart, freshnessUnknown: 'the chart has no dataset' };
    }
    let probe = this.probes.get(chart.datasetId);
    if (!probe) {
      probe = this.probe(chart.datasetId);
      this.probes.set(chart.datasetId, probe);
    }
    const found = await probe;
    return 'unknown' in found
      ? { ...chart, freshnessUnknown: found.unknown }
      : {
          ...chart,
          latestDataAt: found.latestDataAt,
          freshnessFrom: { dataset: found.dataset, column: found.column },
        };
  }

  private async probe(datasetId: number): Promise<Freshness> {
    const { deadline } = this.options;
    if (deadline?.passed) {
      return { unknown: `its dataset was ${deadline.reason('not started')}` };
    }
    const budget = new ChartBudget(
      deadline
        ? AbortSignal.any([this.options.signal, deadline.signal])
        : this.options.signal,
      this.options.timeoutMs,
    );
    const call = { signal: budget.signal, timeoutMs: budget.ms };
    try {
      const dataset = await this.describe(datasetId, call);
      const column = freshnessColumnOf(dataset, this.options.columns);
      if (!column) {
        return {
          unknown: `its dataset ${dataset.name} has no temporal column to tell how fresh it is`,
        };
      }
      const latest = await this.options.source.getDatasetLatestValue(
        datasetId,
        column,
        call,
      );
      return latest
        ? { dataset: dataset.name, column, latestDataAt: latest }
        : { unknown: `its dataset ${dataset.name} has no value in ${column}` };
    } catch (error) {
      if (this.options.signal.aborted) throw this.options.signal.reason;
      if (deadline?.passed) {
        return { unknown: `its dataset was ${deadline.reason('cut short')}` };
      }
      const reason = budget.endedBy(error)
        ? `no answer within ${budget.ms} ms`
        : messageOf(error);
      return {
        unknown: `the freshness query of its dataset failed: ${reason}`,
      };
    }
  }

  /**
   * The dashboard's datasets list only the columns its charts use; when that leaves no temporal column,
   * the dataset itself is read for one.
   */
  private async describe(
    datasetId: number,
    call: { signal: AbortSignal; timeoutMs: number },
  ) {
    const listed = this.datasets.get(datasetId);
    if (listed && freshnessColumnOf(listed, this.options.columns)) {
      return listed;
    }
    const full = await this.options.source.getDataset(datasetId, call);
    return {
      name:
        listed?.name ??
        (full.schema ? `${full.schema}.${full.tableName}` : full.tableName),
      tableName: full.tableName,
      mainDttmCol: full.mainDttmCol,
      columns: full.columns,
    };
  }
}

function messageOf(error: unknown): string {
  return error instanceof SupersetApiError
    ? error.supersetMessage
    : String(error);
}

/**
 * What a validation learned from Superset about one dashboard: plain JSON, so it can be checked
 * deterministically, shown to the LLM as data, and digested into the record.
 */

/** How asking Superset for a chart's data went. */
export type ChartOutcome =
  | 'ok'
  | 'query-error'
  | 'no-query-context'
  | 'access-denied'
  | 'timeout'
  | 'async-not-awaited'
  | 'not-found'
  | 'superset-error'
  /** Never asked, or cut short: the validation's time budget ran out first. */
  | 'not-checked';

export interface ChartFacts {
  id: number;
  name: string;
  vizType: string | null;
  /** Absolute link to the chart in Superset. */
  url?: string;
  datasetId: number | null;
  datasetName?: string;
  outcome: ChartOutcome;
  /** Superset's message for anything but `ok`. */
  message?: string;
  /** Rows over all of the chart's queries (`ok` only). */
  rowCount?: number;
  /** Latest value of a temporal column in the result, ISO (`ok` with a time column only). */
  latestDataAt?: string;
  /**
   * Set when `latestDataAt` is not from the chart's own result (it has no time column) but the newest
   * value of its dataset's temporal column, probed once per dataset and run.
   */
  freshnessFrom?: { dataset: string; column: string };
  /** Why the freshness of an `ok` chart without a time column could not be told. */
  freshnessUnknown?: string;
  /** The chart's time grain (ISO 8601 duration such as P1D), which bounds how old the latest bucket may be. */
  timeGrain?: string;
  /** Served from Superset's cache, and when that result was computed. */
  cachedAt?: string;
  durationMs: number;
}

export interface DashboardFacts {
  environment: string;
  dashboard: {
    id: number;
    title: string;
    url: string;
    published: boolean;
    changedOn?: string;
  };
  charts: ChartFacts[];
  /** When the facts were gathered (the reference for staleness). */
  gatheredAt: string;
}

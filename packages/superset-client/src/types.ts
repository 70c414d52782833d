/**
 * The client's domain types: what consumers get back, in camelCase, already normalised across Superset
 * releases. Raw response shapes live in ./schemas; the mapping between the two in ./mappers.
 *
 * Timestamps are ISO 8601 strings in UTC (`2025-07-01T09:05:12.338Z`): Superset sends naive server-time
 * strings and `+0000` suffixes that `Date` does not parse reliably, so the client normalises them once.
 */

/** Per-call options every client method accepts. */
export interface SupersetCallOptions {
  /** Aborts the call, including retries and their back-off waits; an aborted call is never retried. */
  signal?: AbortSignal;
  /** Timeout of each HTTP attempt, overriding the instance's `requestTimeout`. */
  timeoutMs?: number;
}

/** Options of {@link SupersetClient.getChartData}. */
export interface SupersetChartDataOptions extends SupersetCallOptions {
  /** Bypass Superset's results cache (`?force=true`), so the warehouse is really queried. */
  force?: boolean;
}

/** A user as Superset embeds it in dashboards, charts and datasets. */
export interface SupersetUserRef {
  id: number;
  firstName: string;
  lastName: string;
}

/** A user from `GET /api/v1/dashboard/related/owners`: everyone who may own a dashboard. */
export interface SupersetUser {
  id: number;
  /** Display name as Superset renders it (usually "First Last"). */
  name: string;
  email?: string;
  active?: boolean;
}

/** A dashboard or chart tag. `type`: 1 custom, 2 type, 3 owner, 4 favorited_by. */
export interface SupersetTag {
  id: number;
  name: string;
  type: number;
}

/** What the datasource reference of a chart points at (`1__table` → `{ id: 1, type: 'table' }`). */
export interface SupersetDatasourceRef {
  id: number;
  type: string;
}

/** One row of the dashboard list. */
export interface SupersetDashboardSummary {
  id: number;
  title: string;
  slug: string | null;
  /** Absolute link to the dashboard in Superset's UI. */
  url: string;
  published: boolean;
  /** `published` or `draft`. */
  status?: string;
  uuid?: string;
  changedOnUtc?: string;
  certifiedBy?: string;
  certificationDetails?: string;
  /** Owners; on Superset releases with editors/viewers, the editors. */
  owners: SupersetUserRef[];
  /** Viewers (Superset releases after 6.0); empty on older releases. */
  viewers: SupersetUserRef[];
  tags: SupersetTag[];
}

/** One dashboard, from `GET /api/v1/dashboard/{id_or_slug}`. */
export interface SupersetDashboard {
  id: number;
  title: string;
  slug: string | null;
  /** Absolute link to the dashboard in Superset's UI. */
  url: string;
  published: boolean;
  status: 'published' | 'draft';
  changedOn?: string;
  changedBy?: SupersetUserRef;
  certifiedBy?: string;
  certificationDetails?: string;
  owners: SupersetUserRef[];
  viewers: SupersetUserRef[];
  tags: SupersetTag[];
  /** Names of the dashboard's charts, in Superset's order. */
  chartNames: string[];
  /** Ids of the charts placed on the dashboard's layout (from `position_json`), in layout order. */
  chartIds: number[];
}

/** A chart as listed by `GET /api/v1/dashboard/{id}/charts`. */
export interface SupersetDashboardChart {
  id: number;
  name: string;
  vizType: string | null;
  datasource: SupersetDatasourceRef | null;
  description?: string;
  changedOn?: string;
  certifiedBy?: string;
  cacheTimeout?: number;
  /** The chart's saved form data (Explore controls), as Superset sends it. */
  formData: Record<string, unknown>;
}

/** A dataset column. */
export interface SupersetDatasetColumn {
  name: string;
  /** The database type, e.g. `TIMESTAMP WITHOUT TIME ZONE`. */
  type: string | null;
  /** GenericDataType: 0 NUMERIC, 1 STRING, 2 TEMPORAL, 3 BOOLEAN. */
  typeGeneric?: number;
  isDttm: boolean;
  /** SQL expression of a calculated column. */
  expression?: string;
}

/** A dataset metric. */
export interface SupersetDatasetMetric {
  name: string;
  expression: string;
}

/** The database a dataset lives in. */
export interface SupersetDatabaseRef {
  id: number;
  name: string;
  backend?: string;
}

/** A dataset as listed by `GET /api/v1/dashboard/{id}/datasets`: trimmed to what its charts use. */
export interface SupersetDashboardDataset {
  id: number;
  /** `<id>__<type>`, the form charts reference it by. */
  uid?: string;
  /** `schema.table`. */
  name: string;
  tableName: string;
  schema: string | null;
  /** `virtual` when defined by SQL (as Superset itself decides), else `physical`. */
  kind: 'physical' | 'virtual';
  sql: string | null;
  database: SupersetDatabaseRef;
  mainDttmCol: string | null;
  columns: SupersetDatasetColumn[];
  metrics: SupersetDatasetMetric[];
}

/** One dataset, from `GET /api/v1/dataset/{id}`. */
export interface SupersetDataset {
  id: number;
  tableName: string;
  schema: string | null;
  catalog: string | null;
  kind: 'physical' | 'virtual';
  sql: string | null;
  database: SupersetDatabaseRef;
  mainDttmCol: string | null;
  columns: SupersetDatasetColumn[];
  metrics: SupersetDatasetMetric[];
  /** Last edit of the dataset's METADATA; says nothing about how fresh its data is. */
  changedOn?: string;
  owners: SupersetUserRef[];
}

/** One chart, from `GET /api/v1/chart/{id}`. */
export interface SupersetChart {
  id: number;
  name: string;
  vizType: string | null;
  /** Read from `query_context`, else from `params.datasource`; null when neither names one. */
  datasource: SupersetDatasourceRef | null;
  /**
   * False for legacy charts saved before query contexts existed: `GET /chart/{id}/data/` answers 400 for
   * them until someone saves the chart again.
   */
  hasQueryContext: boolean;
  /** The saved query context, parsed; null when absent or not valid JSON. */
  queryContext: Record<string, unknown> | null;
  /** The saved form data (`params`), parsed; null when absent or not valid JSON. */
  params: Record<string, unknown> | null;
  description?: string;
  certifiedBy?: string;
  certificationDetails?: string;
  cacheTimeout?: number;
  /** Absolute link to the chart in Superset's Explore view. */
  url?: string;
  dashboards: { id: number; title: string }[];
  owners: SupersetUserRef[];
  viewers: SupersetUserRef[];
  tags: SupersetTag[];
}

/** The result of one query of a chart. */
export interface SupersetChartQueryResult {
  /** `success`, `failed`, `timed_out`, ... */
  status: string;
  /** An error Superset attached to the query, if it reported one inside a 200 (older releases). */
  error: string | null;
  rowcount: number;
  colnames: string[];
  /** GenericDataType per column: 0 NUMERIC, 1 STRING, 2 TEMPORAL, 3 BOOLEAN. */
  coltypes: number[];
  /** Rows; temporal values are epoch milliseconds. */
  data: Record<string, unknown>[];
  isCached: boolean;
  /** When the cached result was computed (ISO, UTC); null when not from cache. */
  cachedDttm: string | null;
  /** Start and end of the query's time range, epoch milliseconds. */
  fromDttm: number | null;
  toDttm: number | null;
  cacheKey?: string;
  /** The SQL Superset ran. */
  query?: string;
}

/** An async chart-data job (202): only with `GLOBAL_ASYNC_QUERIES`, to be polled by the caller. */
export interface SupersetAsyncJob {
  jobId: string;
  channelId: string;
  status: string;
  resultUrl: string | null;
  userId?: number | string | null;
}

/** `GET /api/v1/chart/{id}/data/`: either the results, or a job when Superset runs it asynchronously. */
export type SupersetChartDataResponse =
  | { kind: 'data'; queries: SupersetChartQueryResult[] }
  | { kind: 'async'; job: SupersetAsyncJob };

/** A database connection. */
export interface SupersetDatabase {
  id: number;
  name: string;
  /** SQLAlchemy backend, e.g. `postgresql`. */
  backend: string | null;
  uuid?: string;
}

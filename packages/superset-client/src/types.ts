/**
 * The client's domain types: what consumers get back, in camelCase, already normalised across Superset
 * releases. Raw response shapes live in ./schemas; the mapping between the two in ./mappers.
 *
 * Timestamps are ISO 8601 strings in UTC (`2025-07-01T09:05:12.338Z`): Superset sends naive server-time
 * strings and `+0000` suffixes that `Date` does not parse reliably, so the client normalises them once.
 */

/**
 * Per-call options every client method accepts.
 *
 * @public
 */
export interface SupersetCallOptions {
  /** Aborts the call, including retries and their back-off waits; an aborted call is never retried. */
  signal?: AbortSignal;
  /** Timeout of each HTTP attempt, overriding the instance's `requestTimeout`. */
  timeoutMs?: number;
}

/**
 * Options of {@link SupersetClient.getChartData}.
 *
 * @public
 */
export interface SupersetChartDataOptions extends SupersetCallOptions {
  /** Bypass Superset's results cache (`?force=true`), so the warehouse is really queried. */
  force?: boolean;
  /**
   * With GLOBAL_ASYNC_QUERIES, Superset answers 202 with a job. By default the client awaits it (bounded
   * by `signal`) and returns its results; `false` returns the job itself (`kind: 'async'`).
   */
  awaitAsync?: boolean;
}

/**
 * A user as Superset embeds it in dashboards, charts and datasets.
 *
 * @public
 */
export interface SupersetUserRef {
  /** Superset user id. */
  id: number;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
}

/**
 * A user from `GET /api/v1/dashboard/related/owners`: everyone who may own a dashboard.
 *
 * @public
 */
export interface SupersetUser {
  /** Superset user id. */
  id: number;
  /** Display name as Superset renders it (usually "First Last"). */
  name: string;
  /** E-mail address, when Superset sends one. */
  email?: string;
  /** Whether the account is active, when Superset sends it. */
  active?: boolean;
}

/**
 * A dashboard or chart tag. `type`: 1 custom, 2 type, 3 owner, 4 favorited_by.
 *
 * @public
 */
export interface SupersetTag {
  /** Superset tag id. */
  id: number;
  /** Tag name, e.g. `owner:3` for an owner tag. */
  name: string;
  /** Tag type: 1 custom, 2 type, 3 owner, 4 favorited_by. */
  type: number;
}

/**
 * What the datasource reference of a chart points at (`1__table` → `{ id: 1, type: 'table' }`).
 *
 * @public
 */
export interface SupersetDatasourceRef {
  /** Id of the datasource (a dataset for `table`). */
  id: number;
  /** Datasource type, usually `table`. */
  type: string;
}

/**
 * One row of the dashboard list.
 *
 * @public
 */
export interface SupersetDashboardSummary {
  /** Numeric dashboard id. */
  id: number;
  /** Dashboard title. */
  title: string;
  /** URL slug, or null when none is set. */
  slug: string | null;
  /** Absolute link to the dashboard in Superset's UI. */
  url: string;
  /** Whether the dashboard is published. */
  published: boolean;
  /** `published` or `draft`. */
  status?: string;
  /** Dashboard UUID, when Superset sends it. */
  uuid?: string;
  /** Last change (ISO 8601, UTC). */
  changedOnUtc?: string;
  /** Who certified the dashboard, if anyone. */
  certifiedBy?: string;
  /** Free-text certification details. */
  certificationDetails?: string;
  /** Owners; on Superset releases with editors/viewers, the editors. */
  owners: SupersetUserRef[];
  /** Viewers (Superset releases after 6.0); empty on older releases. */
  viewers: SupersetUserRef[];
  /** Tags of the dashboard. */
  tags: SupersetTag[];
}

/**
 * One dashboard, from `GET /api/v1/dashboard/{id_or_slug}`.
 *
 * @public
 */
export interface SupersetDashboard {
  /** Numeric dashboard id. */
  id: number;
  /** Dashboard title. */
  title: string;
  /** URL slug, or null when none is set. */
  slug: string | null;
  /** Absolute link to the dashboard in Superset's UI. */
  url: string;
  /** Whether the dashboard is published. */
  published: boolean;
  /** `published` or `draft`. */
  status: 'published' | 'draft';
  /** Last change (ISO 8601, UTC). */
  changedOn?: string;
  /** Who made the last change. */
  changedBy?: SupersetUserRef;
  /** Who certified the dashboard, if anyone. */
  certifiedBy?: string;
  /** Free-text certification details. */
  certificationDetails?: string;
  /** Owners; on Superset releases with editors/viewers, the editors. */
  owners: SupersetUserRef[];
  /** Viewers (Superset releases after 6.0); empty on older releases. */
  viewers: SupersetUserRef[];
  /** Tags of the dashboard. */
  tags: SupersetTag[];
  /** Names of the dashboard's charts, in Superset's order. */
  chartNames: string[];
  /** Ids of the charts placed on the dashboard's layout (from `position_json`), in layout order. */
  chartIds: number[];
}

/**
 * A chart as listed by `GET /api/v1/dashboard/{id}/charts`.
 *
 * @public
 */
export interface SupersetDashboardChart {
  /** Numeric chart id. */
  id: number;
  /** Chart name. */
  name: string;
  /** Visualization type, e.g. `echarts_timeseries_line`; null when unset. */
  vizType: string | null;
  /** The datasource the chart queries; null when it names none. */
  datasource: SupersetDatasourceRef | null;
  /** Chart description. */
  description?: string;
  /** Last change (ISO 8601, UTC). */
  changedOn?: string;
  /** Who certified the chart, if anyone. */
  certifiedBy?: string;
  /** Chart-specific cache timeout in seconds. */
  cacheTimeout?: number;
  /** The chart's saved form data (Explore controls), as Superset sends it. */
  formData: Record<string, unknown>;
}

/**
 * A dataset column.
 *
 * @public
 */
export interface SupersetDatasetColumn {
  /** Column name. */
  name: string;
  /** The database type, e.g. `TIMESTAMP WITHOUT TIME ZONE`. */
  type: string | null;
  /** GenericDataType: 0 NUMERIC, 1 STRING, 2 TEMPORAL, 3 BOOLEAN. */
  typeGeneric?: number;
  /** Whether Superset treats the column as temporal. */
  isDttm: boolean;
  /** SQL expression of a calculated column. */
  expression?: string;
}

/**
 * A dataset metric.
 *
 * @public
 */
export interface SupersetDatasetMetric {
  /** Metric name. */
  name: string;
  /** SQL expression of the metric. */
  expression: string;
}

/**
 * The database a dataset lives in.
 *
 * @public
 */
export interface SupersetDatabaseRef {
  /** Numeric database id. */
  id: number;
  /** Database (connection) name. */
  name: string;
  /** SQLAlchemy backend, e.g. `postgresql`, when Superset sends it. */
  backend?: string;
}

/**
 * A dataset as listed by `GET /api/v1/dashboard/{id}/datasets`: trimmed to what its charts use.
 *
 * @public
 */
export interface SupersetDashboardDataset {
  /** Numeric dataset id. */
  id: number;
  /** `<id>__<type>`, the form charts reference it by. */
  uid?: string;
  /** `schema.table`. */
  name: string;
  /** Table (or virtual dataset) name. */
  tableName: string;
  /** Schema, or null when none. */
  schema: string | null;
  /** `virtual` when defined by SQL (as Superset itself decides), else `physical`. */
  kind: 'physical' | 'virtual';
  /** SQL of a virtual dataset; null for a physical one. */
  sql: string | null;
  /** The database the dataset lives in. */
  database: SupersetDatabaseRef;
  /** Default temporal column, or null. */
  mainDttmCol: string | null;
  /** Columns (those the dashboard's charts use). */
  columns: SupersetDatasetColumn[];
  /** Metrics (those the dashboard's charts use). */
  metrics: SupersetDatasetMetric[];
}

/**
 * One dataset, from `GET /api/v1/dataset/{id}`.
 *
 * @public
 */
export interface SupersetDataset {
  /** Numeric dataset id. */
  id: number;
  /** Table (or virtual dataset) name. */
  tableName: string;
  /** Schema, or null when none. */
  schema: string | null;
  /** Catalog, or null when the database has none. */
  catalog: string | null;
  /** `virtual` when defined by SQL (as Superset itself decides), else `physical`. */
  kind: 'physical' | 'virtual';
  /** SQL of a virtual dataset; null for a physical one. */
  sql: string | null;
  /** The database the dataset lives in. */
  database: SupersetDatabaseRef;
  /** Default temporal column, or null. */
  mainDttmCol: string | null;
  /** All columns of the dataset. */
  columns: SupersetDatasetColumn[];
  /** All metrics of the dataset. */
  metrics: SupersetDatasetMetric[];
  /** Last edit of the dataset's METADATA; says nothing about how fresh its data is. */
  changedOn?: string;
  /** Owners of the dataset. */
  owners: SupersetUserRef[];
}

/**
 * One chart, from `GET /api/v1/chart/{id}`.
 *
 * @public
 */
export interface SupersetChart {
  /** Numeric chart id. */
  id: number;
  /** Chart name. */
  name: string;
  /** Visualization type, e.g. `echarts_timeseries_line`; null when unset. */
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
  /** Chart description. */
  description?: string;
  /** Who certified the chart, if anyone. */
  certifiedBy?: string;
  /** Free-text certification details. */
  certificationDetails?: string;
  /** Chart-specific cache timeout in seconds. */
  cacheTimeout?: number;
  /** Absolute link to the chart in Superset's Explore view. */
  url?: string;
  /** Dashboards the chart is on. */
  dashboards: { id: number; title: string }[];
  /** Owners; on Superset releases with editors/viewers, the editors. */
  owners: SupersetUserRef[];
  /** Viewers (Superset releases after 6.0); empty on older releases. */
  viewers: SupersetUserRef[];
  /** Tags of the chart. */
  tags: SupersetTag[];
}

/**
 * The result of one query of a chart.
 *
 * @public
 */
export interface SupersetChartQueryResult {
  /** `success`, `failed`, `timed_out`, ... */
  status: string;
  /** An error Superset attached to the query, if it reported one inside a 200 (older releases). */
  error: string | null;
  /** Number of rows returned. */
  rowcount: number;
  /** Column names, in the order of `coltypes`. */
  colnames: string[];
  /** GenericDataType per column: 0 NUMERIC, 1 STRING, 2 TEMPORAL, 3 BOOLEAN. */
  coltypes: number[];
  /** Rows; temporal values are epoch milliseconds. */
  data: Record<string, unknown>[];
  /** Whether Superset served the result from its cache. */
  isCached: boolean;
  /** When the cached result was computed (ISO, UTC); null when not from cache. */
  cachedDttm: string | null;
  /** Start of the query's time range, epoch milliseconds. */
  fromDttm: number | null;
  /** End of the query's time range, epoch milliseconds. */
  toDttm: number | null;
  /** Superset's cache key of the result. */
  cacheKey?: string;
  /** The SQL Superset ran. */
  query?: string;
}

/**
 * An async chart-data job (202): only with `GLOBAL_ASYNC_QUERIES`; returned only with `awaitAsync: false`.
 *
 * @public
 */
export interface SupersetAsyncJob {
  /** Id of the async job. */
  jobId: string;
  /** Async event channel the job reports on. */
  channelId: string;
  /** Job status, e.g. `pending`, `running`, `done`, `error`. */
  status: string;
  /** Where the results can be fetched once the job is done; null before. */
  resultUrl: string | null;
  /** The user the job runs for, when Superset reports it. */
  userId?: number | string | null;
}

/**
 * `GET /api/v1/chart/{id}/data/`: either the results, or a job when Superset runs it asynchronously.
 *
 * @public
 */
export type SupersetChartDataResponse =
  | { kind: 'data'; queries: SupersetChartQueryResult[] }
  | { kind: 'async'; job: SupersetAsyncJob };

/**
 * A database connection.
 *
 * @public
 */
export interface SupersetDatabase {
  /** Numeric database id. */
  id: number;
  /** Database (connection) name. */
  name: string;
  /** SQLAlchemy backend, e.g. `postgresql`. */
  backend: string | null;
  /** Database UUID, when Superset sends it. */
  uuid?: string;
}

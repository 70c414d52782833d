import { z } from 'zod';
import { isTimestampText } from '../time/timestamps';

/**
 * The scenario format: one Superset instance's content plus the knobs that make its charts misbehave.
 * Field names that exist in Superset keep Superset's snake_case; simulator-only knobs are camelCase.
 * Objects are strict so a typo in a hand-written scenario is an error instead of a silent default.
 */

const id = z.int().positive();
const userRef = z.int();

const timestamp = z.string().refine(isTimestampText, {
  message: 'expected an ISO 8601 timestamp or an age such as "9d" / "36h"',
});

const age = z.string().regex(/^\d+(\.\d+)?(ms|s|m|h|d|w)$/, {
  message: 'expected an age such as "9d", "36h" or "15m"',
});

export const chartBehaviours = [
  'ok',
  'error',
  'columns-missing',
  'empty',
  'stale',
  'slow',
  'no-query-context',
  'forbidden',
  'async',
] as const;

export const userSchema = z.strictObject({
  id,
  username: z.string().min(1),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  /** Users without a password cannot log in (like Superset users that only exist as owners). */
  password: z.string().optional(),
  active: z.boolean().default(true),
});

export const databaseSchema = z.strictObject({
  id,
  database_name: z.string().min(1),
  backend: z.string().default('postgresql'),
  uuid: z.string().optional(),
  changed_on: timestamp.optional(),
  created_by: userRef.optional(),
  changed_by: userRef.optional(),
});

export const columnSchema = z.strictObject({
  column_name: z.string().min(1),
  type: z.string().default('VARCHAR'),
  /** Defaults from `type`: 0 NUMERIC, 1 STRING, 2 TEMPORAL, 3 BOOLEAN. */
  type_generic: z.int().min(0).max(3).optional(),
  is_dttm: z.boolean().optional(),
  /** Defaults to true for non-numeric columns. */
  groupby: z.boolean().optional(),
  filterable: z.boolean().default(true),
  verbose_name: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  expression: z.string().nullable().optional(),
  id: id.optional(),
  uuid: z.string().optional(),
});

export const metricSchema = z.strictObject({
  metric_name: z.string().min(1),
  expression: z.string().min(1),
  verbose_name: z.string().nullable().optional(),
  d3format: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  warning_text: z.string().nullable().optional(),
  currency: z.string().nullable().optional(),
  id: id.optional(),
  uuid: z.string().optional(),
});

export const datasetSchema = z.strictObject({
  id,
  table_name: z.string().min(1),
  schema: z.string().nullable().default('public'),
  database: id,
  /** Defaults to "virtual" when `sql` is set. */
  kind: z.enum(['physical', 'virtual']).optional(),
  sql: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  columns: z.array(columnSchema).default([]),
  metrics: z.array(metricSchema).default([
    {
      metric_name: 'count',
      expression: 'COUNT(*)',
      verbose_name: 'COUNT(*)',
    },
  ]),
  owners: z.array(userRef).default([]),
  /** Defaults to the first temporal column. */
  main_dttm_col: z.string().nullable().optional(),
  changed_on: timestamp.optional(),
  created_on: timestamp.optional(),
  changed_by: userRef.optional(),
  created_by: userRef.optional(),
  uuid: z.string().optional(),
  /** Columns the metadata still lists but the warehouse table lost: queries using them fail. */
  missingColumns: z.array(z.string()).default([]),
  /** Newest row in the table (for the freshness probe); defaults from the charts' `latestDataAge`. */
  latestData: timestamp.optional(),
  /** COUNT(*) of the table for the freshness probe. */
  rowCount: z.int().nonnegative().optional(),
});

export const dashboardSchema = z.strictObject({
  id,
  title: z.string(),
  slug: z.string().min(1).nullable().optional(),
  uuid: z.string().optional(),
  published: z.boolean().default(true),
  owners: z.array(userRef).default([]),
  /** Only shown with `ownership: 'editors'` (Superset after 6.0). */
  viewers: z.array(userRef).default([]),
  tags: z.array(z.string().min(1)).default([]),
  certified_by: z.string().nullable().optional(),
  certification_details: z.string().nullable().optional(),
  changed_on: timestamp.default('1d'),
  created_on: timestamp.optional(),
  changed_by: userRef.optional(),
  created_by: userRef.optional(),
  charts: z.array(id).default([]),
  /** Non-owners (the service account) get 403 on the detail, charts and datasets routes. */
  forbidden: z.boolean().default(false),
  css: z.string().default(''),
  thumbnailDigest: z.string().optional(),
  /** Explicit layout keys (ROW-xxxx / CHART-xxxx); derived from ids when left out. */
  layoutKeys: z
    .strictObject({ rows: z.array(z.string()), charts: z.array(z.string()) })
    .optional(),
});

export const chartSchema = z.strictObject({
  id,
  slice_name: z.string(),
  viz_type: z.string().default('table'),
  dataset: id,
  behaviour: z.enum(chartBehaviours).default('ok'),
  /** The database message of an `error` chart; the response is `Error: <errorMessage>`. */
  errorMessage: z.string().optional(),
  /** How long a `slow` chart takes to answer (default 5000 ms). */
  delayMs: z.int().nonnegative().optional(),
  /** Explicit result rows; temporal values may be epoch ms or ISO strings. Generated when left out. */
  rows: z.array(z.record(z.string(), z.unknown())).optional(),
  /** Age of the newest data point of generated rows ("9d"); `stale` charts default to 9d. */
  latestDataAge: age.optional(),
  /** Form data without datasource/viz_type/slice_id/dashboards; derived from viz_type when left out. */
  params: z.record(z.string(), z.unknown()).optional(),
  description: z.string().nullable().optional(),
  owners: z.array(userRef).default([]),
  viewers: z.array(userRef).default([]),
  tags: z.array(z.string().min(1)).default([]),
  certified_by: z.string().nullable().optional(),
  certification_details: z.string().nullable().optional(),
  cache_timeout: z.int().nullable().optional(),
  changed_on: timestamp.default('1d'),
  uuid: z.string().optional(),
  thumbnailDigest: z.string().optional(),
  cacheKey: z.string().optional(),
  /** When set, chart data is answered "from cache" (is_cached, cached_dttm) unless force=true. */
  cachedAt: timestamp.optional(),
});

export const scenarioShape = {
  /** Fixed clock for the instance (fixture replay); real time when left out. */
  now: timestamp.optional(),
  users: z.array(userSchema).default([]),
  databases: z.array(databaseSchema).default([]),
  datasets: z.array(datasetSchema).default([]),
  dashboards: z.array(dashboardSchema).default([]),
  charts: z.array(chartSchema).default([]),
};

export const faultsSchema = z.strictObject({
  latencyMs: z.number().nonnegative().optional(),
  errorRate: z.number().min(0).max(1).optional(),
  tokenLifetimeSeconds: z.int().positive().optional(),
  malformedJsonRate: z.number().min(0).max(1).optional(),
  down: z.boolean().optional(),
  seed: z.int().optional(),
});

export const ownershipSchema = z.enum(['owners', 'editors']);

export type Scenario = z.output<z.ZodObject<typeof scenarioShape>>;
export type ScenarioInput = z.input<z.ZodObject<typeof scenarioShape>>;
export type ScenarioUser = z.output<typeof userSchema>;
export type ScenarioDatabase = z.output<typeof databaseSchema>;
export type ScenarioDataset = z.output<typeof datasetSchema>;
export type ScenarioColumn = z.output<typeof columnSchema>;
export type ScenarioMetric = z.output<typeof metricSchema>;
export type ScenarioDashboard = z.output<typeof dashboardSchema>;
export type ScenarioDashboardInput = z.input<typeof dashboardSchema>;
export type ScenarioChart = z.output<typeof chartSchema>;
export type ScenarioChartInput = z.input<typeof chartSchema>;
export type ChartBehaviour = (typeof chartBehaviours)[number];
export type Ownership = z.output<typeof ownershipSchema>;

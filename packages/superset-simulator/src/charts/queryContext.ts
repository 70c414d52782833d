import type { ResolvedChart } from '../model/types';
import { FormData, fullFormData } from './formData';

export type MetricSpec = string | Record<string, unknown>;
export type ColumnSpec = string | Record<string, unknown>;

export interface QueryFilter {
  col: string;
  op: string;
  val: unknown;
}

/** One entry of `query_context.queries`, keys in the order the Superset frontend writes them. */
export interface QueryObject {
  filters: QueryFilter[];
  extras: { having: string; where: string };
  applied_time_extras: Record<string, never>;
  columns: ColumnSpec[];
  metrics: MetricSpec[];
  orderby: Array<[MetricSpec, boolean]>;
  annotation_layers: unknown[];
  row_limit: number;
  series_limit: number;
  order_desc: boolean;
  url_params: Record<string, never>;
  custom_params: Record<string, never>;
  custom_form_data: Record<string, never>;
  time_range?: string;
}

function asList<T>(value: unknown): T[] {
  if (value === undefined || value === null) {
    return [];
  }
  return (Array.isArray(value) ? value : [value]) as T[];
}

function metricsOf(formData: FormData): MetricSpec[] {
  if (formData.query_mode === 'raw') {
    return [];
  }
  return [
    ...asList<MetricSpec>(formData.metrics),
    ...asList<MetricSpec>(formData.metric),
  ];
}

function columnsOf(formData: FormData): ColumnSpec[] {
  if (formData.query_mode === 'raw') {
    return asList<ColumnSpec>(formData.all_columns);
  }
  const columns: ColumnSpec[] = [];
  const xAxis = formData.x_axis;
  if (typeof xAxis === 'string' && formData.time_grain_sqla) {
    columns.push({
      columnType: 'BASE_AXIS',
      sqlExpression: xAxis,
      label: xAxis,
      expressionType: 'SQL',
      timeGrain: formData.time_grain_sqla,
    });
  } else if (xAxis !== undefined && xAxis !== null) {
    columns.push(xAxis as ColumnSpec);
  }
  return [...columns, ...asList<ColumnSpec>(formData.groupby)];
}

/** Builds the query the frontend derives from form data (buildQuery) for the common viz types. */
export function buildQueryObject(formData: FormData): QueryObject {
  const adhoc = asList<Record<string, unknown>>(formData.adhoc_filters);
  const filters = adhoc
    .filter(f => f.expressionType === 'SIMPLE' && f.clause === 'WHERE')
    .map(f => ({
      col: String(f.subject),
      op: String(f.operator),
      val: f.comparator,
    }));
  const where = adhoc
    .filter(f => f.expressionType === 'SQL' && f.clause === 'WHERE')
    .map(f => `(${String(f.sqlExpression)})`)
    .join(' AND ');
  const metrics = metricsOf(formData);
  const orderDesc = formData.order_desc !== false;
  const query: QueryObject = {
    filters,
    extras: { having: '', where },
    applied_time_extras: {},
    columns: columnsOf(formData),
    metrics,
    orderby: metrics.length > 0 ? [[metrics[0], !orderDesc]] : [],
    annotation_layers: [],
    row_limit:
      typeof formData.row_limit === 'number' ? formData.row_limit : 10000,
    series_limit: 0,
    order_desc: orderDesc,
    url_params: {},
    custom_params: {},
    custom_form_data: {},
  };
  if (typeof formData.time_range === 'string') {
    query.time_range = formData.time_range;
  }
  return query;
}

/** The chart's saved `query_context`, or null for a legacy chart saved before it existed. */
export function buildQueryContext(
  chart: ResolvedChart,
): Record<string, unknown> | null {
  if (chart.source.behaviour === 'no-query-context') {
    return null;
  }
  const formData = fullFormData(chart);
  return {
    datasource: { id: chart.dataset.source.id, type: 'table' },
    force: false,
    queries: [buildQueryObject(formData)],
    form_data: formData,
    result_format: 'json',
    result_type: 'full',
  };
}

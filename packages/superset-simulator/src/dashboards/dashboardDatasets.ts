import type {
  ResolvedChart,
  ResolvedDashboard,
  ResolvedDataset,
} from '../model/types';
import { fullFormData } from '../charts/formData';
import {
  granularitySqla,
  orderByChoices,
  selectStar,
  TIME_GRAINS,
} from '../datasets/datasetPayloads';

const METRIC_PARAMS = [
  'metric',
  'metrics',
  'metric_2',
  'percent_metrics',
  'secondary_metric',
  'size',
  'timeseries_limit_metric',
  'x',
  'y',
];
const COLUMN_PARAMS = [
  'all_columns',
  'all_columns_x',
  'all_columns_y',
  'columns',
  'entity',
  'groupby',
  'order_by_cols',
  'series',
  'x_axis',
];

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

function columnName(column: unknown): string | undefined {
  if (typeof column === 'string') {
    return column;
  }
  const record = (column ?? {}) as Record<string, unknown>;
  const name = record.column_name ?? record.sqlExpression ?? record.label;
  return typeof name === 'string' ? name : undefined;
}

/** Superset's data_for_slices: the metric and column names the dashboard's charts use. */
function usedNames(charts: ResolvedChart[]) {
  const metrics = new Set<string>();
  const columns = new Set<string>();
  for (const chart of charts) {
    const formData = fullFormData(chart);
    for (const param of METRIC_PARAMS) {
      for (const metric of asList(formData[param])) {
        if (typeof metric === 'string') {
          metrics.add(metric);
        } else if (metric && typeof metric === 'object') {
          const record = metric as Record<string, unknown>;
          if (typeof record.label === 'string') metrics.add(record.label);
          const name = columnName(record.column);
          if (record.column && name) columns.add(name);
        }
      }
    }
    for (const filter of asList(formData.adhoc_filters)) {
      const record = (filter ?? {}) as Record<string, unknown>;
      if (record.clause === 'WHERE' && typeof record.subject === 'string') {
        columns.add(record.subject);
      }
    }
    for (const param of COLUMN_PARAMS) {
      for (const column of asList(formData[param])) {
        const name = columnName(column);
        if (name) columns.add(name);
      }
    }
  }
  return { metrics, columns };
}

function trimmedDataset(dataset: ResolvedDataset, charts: ResolvedChart[]) {
  const used = usedNames(charts);
  const metrics = dataset.metrics.filter(m => used.metrics.has(m.metric_name));
  const columns = dataset.columns.filter(c => used.columns.has(c.column_name));
  const { source } = dataset;
  const database = dataset.database.source;
  return {
    always_filter_main_dttm: false,
    cache_timeout: null,
    column_formats: {},
    column_names: dataset.columns.map(c => c.column_name).sort(),
    column_types: [...new Set(dataset.columns.map(c => c.type_generic))].sort(),
    columns: columns.map(c => ({
      advanced_data_type: null,
      certification_details: null,
      certified_by: null,
      column_name: c.column_name,
      description: c.description,
      expression: c.expression,
      filterable: c.filterable,
      groupby: c.groupby,
      id: c.id,
      uuid: c.uuid,
      is_certified: false,
      is_dttm: c.is_dttm,
      python_date_format: null,
      type: c.type,
      type_generic: c.type_generic,
      verbose_name: c.verbose_name,
      warning_markdown: null,
    })),
    database: {
      allow_multi_catalog: false,
      allows_cost_estimate: true,
      allows_subquery: true,
      allows_virtual_table_explore: true,
      backend: database.backend,
      disable_data_preview: false,
      disable_drill_to_detail: false,
      explore_database_id: database.id,
      id: database.id,
      name: database.database_name,
    },
    datasource_name: source.table_name,
    default_endpoint: null,
    edit_url: `/tablemodelview/edit/${source.id}`,
    fetch_values_predicate: null,
    filter_select: true,
    filter_select_enabled: true,
    granularity_sqla: granularitySqla(dataset),
    health_check_message: null,
    id: source.id,
    is_sqllab_view: false,
    main_dttm_col: dataset.mainDttmCol,
    metrics: metrics.map(m => ({
      certification_details: null,
      certified_by: null,
      currency: m.currency,
      d3format: m.d3format,
      description: m.description,
      expression: m.expression,
      id: m.id,
      uuid: m.uuid,
      is_certified: false,
      metric_name: m.metric_name,
      warning_markdown: null,
      warning_text: m.warning_text,
      verbose_name: m.verbose_name,
    })),
    name: dataset.qualifiedName,
    normalize_columns: false,
    offset: 0,
    order_by_choices: orderByChoices(dataset),
    owners: dataset.owners.map(u => ({
      first_name: u.first_name,
      id: u.id,
      last_name: u.last_name,
      username: u.username,
    })),
    params: null,
    perm: `[${database.database_name}].[${source.table_name}](id:${source.id})`,
    schema: source.schema,
    select_star: selectStar(dataset),
    sql: source.sql ?? null,
    table_name: source.table_name,
    template_params: null,
    time_grain_sqla: TIME_GRAINS,
    type: 'table',
    uid: `${source.id}__table`,
    verbose_map: {
      __timestamp: 'Time',
      ...Object.fromEntries(
        metrics.map(m => [m.metric_name, m.verbose_name ?? m.metric_name]),
      ),
      ...Object.fromEntries(
        columns.map(c => [c.column_name, c.verbose_name ?? c.column_name]),
      ),
    },
  };
}

/** GET /dashboard/{id}/datasets: each dataset once, trimmed to what the dashboard's charts use. */
export function dashboardDatasets(dashboard: ResolvedDashboard): unknown[] {
  const byDataset = new Map<
    number,
    { dataset: ResolvedDataset; charts: ResolvedChart[] }
  >();
  for (const chart of dashboard.charts) {
    const entry = byDataset.get(chart.dataset.source.id) ?? {
      dataset: chart.dataset,
      charts: [],
    };
    entry.charts.push(chart);
    byDataset.set(chart.dataset.source.id, entry);
  }
  return [...byDataset.values()].map(e => trimmedDataset(e.dataset, e.charts));
}

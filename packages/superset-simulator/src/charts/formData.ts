import { GenericType } from '../model/columnTypes';
import type { ResolvedChart, ResolvedDataset } from '../model/types';

export type FormData = Record<string, unknown>;

const TIMESERIES =
  /^(echarts_timeseries|echarts_area|line|bar|area|big_number$)/;

function temporalRangeFilter(column: string, range: string) {
  return {
    clause: 'WHERE',
    comparator: range,
    expressionType: 'SIMPLE',
    operator: 'TEMPORAL_RANGE',
    subject: column,
  };
}

/**
 * Form data a chart of this viz type would be saved with, for scenarios that only name the viz type.
 * Time-series charts get a "Last month" range on the main time column, so freshness shows in the data.
 */
export function defaultParams(
  vizType: string,
  dataset: ResolvedDataset,
): FormData {
  const metric = dataset.metrics[0]?.metric_name ?? 'count';
  const dttm = dataset.mainDttmCol;
  const dimension = dataset.columns.find(
    c => c.type_generic === GenericType.STRING && c.groupby,
  )?.column_name;
  if (vizType === 'big_number_total') {
    return {
      metric,
      adhoc_filters: [],
      ...(dttm ? { time_range: 'Last week' } : {}),
      header_font_size: 0.4,
      subheader_font_size: 0.15,
      y_axis_format: 'SMART_NUMBER',
    };
  }
  if (TIMESERIES.test(vizType) && dttm) {
    return {
      x_axis: dttm,
      time_grain_sqla: 'P1D',
      metrics: [metric],
      groupby: [],
      adhoc_filters: [temporalRangeFilter(dttm, 'Last month')],
      row_limit: 10000,
    };
  }
  if (vizType === 'pie') {
    return {
      groupby: dimension ? [dimension] : [],
      metric,
      adhoc_filters: [],
      row_limit: 100,
    };
  }
  return {
    query_mode: 'aggregate',
    groupby: dimension ? [dimension] : [],
    metrics: [metric],
    row_limit: 100,
    adhoc_filters: [],
    order_desc: true,
  };
}

/** The chart's saved `params`: its form data plus the keys Superset always writes last. */
export function fullFormData(chart: ResolvedChart): FormData {
  const base =
    chart.source.params ?? defaultParams(chart.source.viz_type, chart.dataset);
  const {
    datasource: _datasource,
    viz_type: _vizType,
    slice_id: _sliceId,
    dashboards: _dashboards,
    ...rest
  } = base;
  return {
    ...rest,
    datasource: `${chart.dataset.source.id}__table`,
    viz_type: chart.source.viz_type,
    slice_id: chart.source.id,
    dashboards: chart.dashboards.map(d => d.source.id),
  };
}

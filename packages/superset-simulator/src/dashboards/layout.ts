import type { ResolvedDashboard } from '../model/types';
import { stableHexKey } from '../util/ids';
import { pyJsonDumps } from '../util/pyJson';

const CHARTS_PER_ROW = 2;

/** The dashboard's `position_json` layout: a grid of rows holding two half-width charts each. */
export function dashboardPositions(
  dashboard: ResolvedDashboard,
): Record<string, unknown> {
  const { source } = dashboard;
  const rowCount = Math.ceil(dashboard.charts.length / CHARTS_PER_ROW);
  const rowIds = Array.from(
    { length: rowCount },
    (_, i) =>
      `ROW-${
        source.layoutKeys?.rows[i] ?? stableHexKey(`row:${source.id}:${i}`)
      }`,
  );
  const chartIds = dashboard.charts.map(
    (chart, i) =>
      `CHART-${
        source.layoutKeys?.charts[i] ??
        stableHexKey(`chart:${source.id}:${chart.source.id}`)
      }`,
  );
  const positions: Record<string, unknown> = {
    DASHBOARD_VERSION_KEY: 'v2',
    ROOT_ID: { children: ['GRID_ID'], id: 'ROOT_ID', type: 'ROOT' },
    GRID_ID: {
      children: rowIds,
      id: 'GRID_ID',
      parents: ['ROOT_ID'],
      type: 'GRID',
    },
    HEADER_ID: {
      id: 'HEADER_ID',
      meta: { text: source.title },
      type: 'HEADER',
    },
  };
  rowIds.forEach((rowId, r) => {
    const members = chartIds.slice(
      r * CHARTS_PER_ROW,
      (r + 1) * CHARTS_PER_ROW,
    );
    positions[rowId] = {
      children: members,
      id: rowId,
      meta: { background: 'BACKGROUND_TRANSPARENT' },
      parents: ['ROOT_ID', 'GRID_ID'],
      type: 'ROW',
    };
    members.forEach((chartId, c) => {
      const chart = dashboard.charts[r * CHARTS_PER_ROW + c];
      positions[chartId] = {
        children: [],
        id: chartId,
        meta: {
          chartId: chart.source.id,
          height: 50,
          sliceName: chart.source.slice_name,
          uuid: chart.uuid,
          width: 12 / CHARTS_PER_ROW,
        },
        parents: ['ROOT_ID', 'GRID_ID', rowId],
        type: 'CHART',
      };
    });
  });
  return positions;
}

export function positionJson(dashboard: ResolvedDashboard): string {
  return pyJsonDumps(dashboardPositions(dashboard));
}

/** `json_metadata` as Superset 5 saves it for a dashboard without native filters. */
export function jsonMetadata(dashboard: ResolvedDashboard): string {
  return pyJsonDumps({
    chart_configuration: {},
    global_chart_configuration: {
      scope: { rootPath: ['ROOT_ID'], excluded: [] },
      chartsInScope: dashboard.charts.map(c => c.source.id),
    },
    color_scheme: 'supersetColors',
    refresh_frequency: 0,
    shared_label_colors: [],
    color_scheme_domain: [],
    expanded_slices: {},
    label_colors: {},
    timed_refresh_immune_slices: [],
    cross_filters_enabled: true,
    default_filters: '{}',
    filter_scopes: {},
    native_filter_configuration: [],
    positions: dashboardPositions(dashboard),
  });
}

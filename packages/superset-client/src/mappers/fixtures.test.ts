import { readFixture } from '../__testUtils__/fixtures';
import { parseBody } from '../schemas/parseBody';
import {
  chartDataAsyncSchema,
  chartDataSchema,
  chartSchema,
} from '../schemas/chart';
import {
  dashboardChartsSchema,
  dashboardListSchema,
  dashboardSchema,
} from '../schemas/dashboard';
import { databaseListSchema } from '../schemas/database';
import { dashboardDatasetsSchema, datasetSchema } from '../schemas/dataset';
import { toAsyncJob, toChart, toChartQueryResult } from './chart';
import { toDashboard, toDashboardChart, toDashboardSummary } from './dashboard';
import { toDatabase } from './database';
import { toDashboardDataset, toDataset } from './dataset';

const BASE = 'http://superset:8088';

/** Schemas and mappers over the real response shapes of the example fixtures. */
describe('mapping the fixture responses', () => {
  it('maps the dashboard list, pruned or not', () => {
    const full = parseBody(
      dashboardListSchema,
      readFixture('dashboard_list.200.json'),
    );
    const rows = full.result.map(r => toDashboardSummary(r, BASE));
    expect(full.count).toBe(3);
    expect(rows.find(r => r.id === 1)).toEqual({
      id: 1,
      title: 'Sales Overview',
      slug: 'sales-overview',
      url: 'http://superset:8088/superset/dashboard/sales-overview/',
      published: true,
      status: 'published',
      uuid: '73965d3c-60c7-9991-6704-0f8f83ecba33',
      changedOnUtc: '2025-07-01T09:05:12.338Z',
      certifiedBy: 'Data Platform team',
      certificationDetails: 'Reviewed 2025-07-01',
      owners: [
        { id: 1, firstName: 'Ana', lastName: 'Lima' },
        { id: 2, firstName: 'Ben', lastName: 'Okafor' },
      ],
      viewers: [],
      tags: [{ id: 1, name: 'finance', type: 1 }],
    });
    expect(rows.find(r => r.id === 3)).toMatchObject({
      slug: null,
      published: false,
      status: 'draft',
      url: 'http://superset:8088/superset/dashboard/3/',
      certifiedBy: undefined,
    });

    const pruned = parseBody(
      dashboardListSchema,
      readFixture('dashboard_list.filtered_published.200.json'),
    );
    expect(pruned.result.map(r => toDashboardSummary(r, BASE).tags)).toEqual([
      [],
      [],
    ]);
  });

  it('maps a dashboard and its layout', () => {
    const dashboard = toDashboard(
      parseBody(dashboardSchema, readFixture('dashboard_1.200.json')).result,
      BASE,
    );
    expect(dashboard).toMatchObject({
      id: 1,
      title: 'Sales Overview',
      status: 'published',
      changedOn: '2025-07-01T09:05:12.338Z',
      changedBy: { id: 2, firstName: 'Ben', lastName: 'Okafor' },
      chartIds: [1, 2, 3, 4],
      chartNames: [
        'Total Revenue (30d)',
        'Revenue by Month',
        'Revenue by Region',
        'Top 10 Products',
      ],
    });
    expect(dashboard.owners.map(o => o.id)).toEqual([1, 2]);
  });

  it('maps a dashboard in the editors/viewers shape (Superset after 6.0)', () => {
    const raw = readFixture('dashboard_1.200.json');
    const { owners, ...rest } = raw.result;
    const newer = {
      result: {
        ...rest,
        editors: owners,
        viewers: [{ id: 3, first_name: 'Chloé', last_name: 'Martin' }],
      },
    };
    const dashboard = toDashboard(
      parseBody(dashboardSchema, newer).result,
      BASE,
    );
    expect(dashboard.owners.map(o => o.id)).toEqual([1, 2]);
    expect(dashboard.viewers).toEqual([
      { id: 3, firstName: 'Chloé', lastName: 'Martin' },
    ]);
  });

  it('maps a dashboard list row in the editors/viewers shape, without owners, roles or thumbnails', () => {
    const row = readFixture('dashboard_list.200.json').result[1];
    const { owners, roles, thumbnail_url, ...rest } = row;
    const [summary] = parseBody(dashboardListSchema, {
      count: 1,
      result: [{ ...rest, editors: owners, viewers: [] }],
    }).result.map(r => toDashboardSummary(r, BASE));
    expect(summary.owners.map(o => o.id)).toEqual([1, 2]);
    expect(summary.viewers).toEqual([]);
  });

  it('tolerates nulls where Superset sends them', () => {
    const [summary] = parseBody(dashboardListSchema, {
      count: 1,
      result: [
        {
          id: 9,
          dashboard_title: null,
          slug: null,
          url: null,
          published: null,
          owners: null,
          tags: null,
          changed_on_utc: null,
        },
      ],
    }).result.map(r => toDashboardSummary(r, BASE));
    expect(summary).toMatchObject({
      id: 9,
      title: '',
      slug: null,
      url: 'http://superset:8088/superset/dashboard/9/',
      published: false,
      owners: [],
      viewers: [],
      tags: [],
      changedOnUtc: undefined,
    });
  });

  it('maps dashboard charts with their datasource', () => {
    const charts = parseBody(
      dashboardChartsSchema,
      readFixture('dashboard_1_charts.200.json'),
    ).result.map(toDashboardChart);
    expect(charts.map(c => [c.id, c.vizType, c.datasource])).toEqual([
      [1, 'big_number_total', { id: 1, type: 'table' }],
      [2, 'echarts_timeseries_line', { id: 1, type: 'table' }],
      [3, 'pie', { id: 1, type: 'table' }],
      [4, 'table', { id: 1, type: 'table' }],
    ]);
    expect(charts[0]).toMatchObject({
      name: 'Total Revenue (30d)',
      description: 'Net revenue, last 30 days',
      changedOn: '2025-06-30T16:10:44.102Z',
    });
  });

  it('maps dashboard datasets, physical and virtual', () => {
    const [orders] = parseBody(
      dashboardDatasetsSchema,
      readFixture('dashboard_1_datasets.200.json'),
    ).result.map(toDashboardDataset);
    expect(orders).toMatchObject({
      id: 1,
      uid: '1__table',
      name: 'public.orders',
      tableName: 'orders',
      schema: 'public',
      kind: 'physical',
      sql: null,
      database: { id: 1, name: 'analytics-warehouse', backend: 'postgresql' },
      mainDttmCol: 'order_date',
      metrics: [{ name: 'total_revenue', expression: 'SUM(net_revenue)' }],
    });
    expect(orders.columns.map(c => [c.name, c.isDttm])).toEqual([
      ['order_date', true],
      ['region', false],
      ['product_name', false],
    ]);
    const [spend] = parseBody(
      dashboardDatasetsSchema,
      readFixture('dashboard_3_datasets.200.json'),
    ).result.map(toDashboardDataset);
    expect(spend.kind).toBe('virtual');
    expect(spend.sql).toContain('FROM marts.marketing_spend');
  });

  it('maps a dataset', () => {
    const dataset = toDataset(
      parseBody(datasetSchema, readFixture('dataset_3.200.json')).result,
    );
    expect(dataset).toMatchObject({
      id: 3,
      tableName: 'marketing_spend_v',
      schema: 'marts',
      catalog: null,
      kind: 'virtual',
      database: { id: 1, name: 'analytics-warehouse', backend: 'postgresql' },
      mainDttmCol: 'spend_date',
      changedOn: '2025-07-22T13:37:05.441Z',
      owners: [{ id: 3, firstName: 'Chloé', lastName: 'Martin' }],
    });
    expect(dataset.columns[0]).toEqual({
      name: 'spend_date',
      type: 'DATE',
      typeGeneric: 2,
      isDttm: true,
      expression: undefined,
    });
  });

  it('maps a chart, reading its datasource from the query context', () => {
    const chart = toChart(
      parseBody(chartSchema, readFixture('chart_6.200.json')).result,
      BASE,
    );
    expect(chart).toMatchObject({
      id: 6,
      name: 'Bounce Rate by Channel',
      vizType: 'echarts_timeseries_bar',
      datasource: { id: 2, type: 'table' },
      hasQueryContext: true,
      url: 'http://superset:8088/explore/?slice_id=6',
      dashboards: [{ id: 2, title: 'Web Traffic' }],
    });
    expect(chart.queryContext).toMatchObject({ datasource: { id: 2 } });
    expect(chart.params).toMatchObject({ datasource: '2__table' });
  });

  it('falls back to params for a legacy chart without query context', () => {
    const raw = readFixture('chart_1.200.json');
    raw.result.query_context = null;
    const chart = toChart(parseBody(chartSchema, raw).result, BASE);
    expect(chart.hasQueryContext).toBe(false);
    expect(chart.queryContext).toBeNull();
    expect(chart.datasource).toEqual({ id: 1, type: 'table' });
  });

  it('maps chart data: cached, zero rows, time range', () => {
    const [cached] = parseBody(
      chartDataSchema,
      readFixture('chart_3_data.200.json'),
    ).result.map(toChartQueryResult);
    expect(cached).toMatchObject({
      status: 'success',
      rowcount: 4,
      colnames: ['region', 'total_revenue'],
      coltypes: [1, 0],
      isCached: true,
      cachedDttm: '2025-07-24T09:58:12.000Z',
      fromDttm: null,
    });
    expect(cached.data[0]).toEqual({
      region: 'EMEA',
      total_revenue: 2140980.22,
    });

    const [empty] = parseBody(
      chartDataSchema,
      readFixture('chart_8_data.200.json'),
    ).result.map(toChartQueryResult);
    expect(empty).toMatchObject({
      status: 'success',
      rowcount: 0,
      data: [],
      colnames: ['campaign', 'total_spend'],
      isCached: false,
      cachedDttm: null,
      fromDttm: 1752710400000,
      toDttm: 1753315200000,
    });
  });

  it('maps an async chart-data job', () => {
    expect(
      toAsyncJob(
        parseBody(
          chartDataAsyncSchema,
          readFixture('chart_data.202_async.json'),
        ),
      ),
    ).toEqual({
      jobId: '2b8c9c61-0a7a-4a58-a5e9-3d3fbb0c1e77',
      channelId: 'c7f2b0f4-58b5-4d4b-9f3e-6a0e51a2f4a1',
      status: 'pending',
      resultUrl: null,
      userId: 4,
    });
  });

  it('maps the database list', () => {
    expect(
      parseBody(
        databaseListSchema,
        readFixture('database_list.200.json'),
      ).result.map(toDatabase),
    ).toEqual([
      {
        id: 1,
        name: 'analytics-warehouse',
        backend: 'postgresql',
        uuid: '83adaf67-623a-c017-623f-6f3acb7972e3',
      },
    ]);
  });

  it('names the offending field when a body does not match', () => {
    const raw = readFixture('chart_1.200.json');
    raw.result.id = 'one';
    expect(() => parseBody(chartSchema, raw)).toThrow(
      /^result\.id: Invalid input: expected number, received string$/,
    );
    expect(() =>
      parseBody(dashboardListSchema, { count: 1, result: [{}] }),
    ).toThrow('result[0].id');
    expect(() => parseBody(dashboardListSchema, undefined)).toThrow('(body)');
  });
});

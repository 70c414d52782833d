import {
  closeSimulators,
  countRequests,
  startHarness,
} from '../__testUtils__/simulator';

afterEach(closeSimulators);

/** Every call against the simulator's fixture scenario: the example instance of the shared fixtures. */
describe('SupersetClient against the fixture scenario', () => {
  it('logs in once and lists the dashboards in one page without metadata', async () => {
    const { client, sim, instance } = await startHarness();

    const dashboards = await client.listDashboards();

    expect(dashboards.map(d => d.id).sort()).toEqual([1, 2, 3]);
    expect(dashboards.find(d => d.id === 1)).toEqual({
      id: 1,
      title: 'Sales Overview',
      slug: 'sales-overview',
      url: `${instance.baseUrl}/superset/dashboard/sales-overview/`,
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
    expect(dashboards.find(d => d.id === 3)).toMatchObject({
      slug: null,
      published: false,
      status: 'draft',
    });

    expect(countRequests(sim, 'POST', '/api/v1/security/login')).toBe(1);
    const list = sim.requests.filter(r => r.path === '/api/v1/dashboard/');
    expect(list).toHaveLength(1);
    const q = decodeURIComponent(list[0].query);
    expect(q).toContain('keys:!(none)');
    expect(q).toContain('page:0');
    expect(q).toContain('page_size:100');
    expect(q).toContain('columns:!(id,dashboard_title,slug,url');
  });

  it('gets a dashboard by id and by slug', async () => {
    const { client } = await startHarness();

    const byId = await client.getDashboard(1);
    const bySlug = await client.getDashboard('sales-overview');

    expect(bySlug).toEqual(byId);
    expect(byId).toMatchObject({
      id: 1,
      title: 'Sales Overview',
      status: 'published',
      chartIds: [1, 2, 3, 4],
      changedBy: { id: 2, firstName: 'Ben', lastName: 'Okafor' },
      changedOn: '2025-07-01T09:05:12.338Z',
    });
    expect(byId.owners.map(o => o.id)).toEqual([1, 2]);
  });

  it("gets a dashboard's charts and datasets", async () => {
    const { client } = await startHarness();

    const charts = await client.getDashboardCharts(2);
    const datasets = await client.getDashboardDatasets(3);

    expect(charts.map(c => [c.id, c.name, c.datasource])).toEqual([
      [5, 'Daily Sessions', { id: 2, type: 'table' }],
      [6, 'Bounce Rate by Channel', { id: 2, type: 'table' }],
    ]);
    expect(datasets).toHaveLength(1);
    expect(datasets[0]).toMatchObject({
      id: 3,
      name: 'marts.marketing_spend_v',
      kind: 'virtual',
      database: { id: 1, name: 'analytics-warehouse', backend: 'postgresql' },
      mainDttmCol: 'spend_date',
    });
  });

  it('gets a chart with its datasource and query context', async () => {
    const { client } = await startHarness();

    const chart = await client.getChart(6);

    expect(chart).toMatchObject({
      id: 6,
      name: 'Bounce Rate by Channel',
      vizType: 'echarts_timeseries_bar',
      datasource: { id: 2, type: 'table' },
      hasQueryContext: true,
      dashboards: [{ id: 2, title: 'Web Traffic' }],
      owners: [{ id: 2, firstName: 'Ben', lastName: 'Okafor' }],
    });
  });

  it('gets chart data: rows, cached, zero rows', async () => {
    const { client } = await startHarness();

    const cached = await client.getChartData(3);
    const empty = await client.getChartData(8, { force: true });

    expect(cached).toMatchObject({
      kind: 'data',
      queries: [
        {
          status: 'success',
          rowcount: 4,
          colnames: ['region', 'total_revenue'],
          coltypes: [1, 0],
          isCached: true,
          cachedDttm: '2025-07-24T09:58:12.000Z',
        },
      ],
    });
    expect(empty).toMatchObject({
      kind: 'data',
      queries: [{ status: 'success', rowcount: 0, data: [], isCached: false }],
    });
  });

  it('answers a failing chart with the database message', async () => {
    const { client } = await startHarness();

    const error = await client.getChartData(6).catch(e => e);

    expect(error).toMatchObject({
      name: 'SupersetApiError',
      kind: 'http',
      status: 400,
      method: 'GET',
      path: '/api/v1/chart/6/data/',
      instanceId: 'prod',
    });
    expect(error.message).toMatch(
      /^Superset prod: GET \/api\/v1\/chart\/6\/data\/ answered 400: Error: column "bounce_flag" does not exist/,
    );
  });

  it('gets a dataset', async () => {
    const { client } = await startHarness();

    const dataset = await client.getDataset(1);

    expect(dataset).toMatchObject({
      id: 1,
      tableName: 'orders',
      schema: 'public',
      kind: 'physical',
      sql: null,
      mainDttmCol: 'order_date',
      database: { id: 1, name: 'analytics-warehouse', backend: 'postgresql' },
      changedOn: '2025-06-30T16:02:11.118Z',
    });
    expect(dataset.columns.filter(c => c.isDttm).map(c => c.name)).toEqual([
      'order_date',
    ]);
  });

  it('lists the databases', async () => {
    const { client } = await startHarness();

    expect(await client.listDatabases()).toEqual([
      {
        id: 1,
        name: 'analytics-warehouse',
        backend: 'postgresql',
        uuid: '83adaf67-623a-c017-623f-6f3acb7972e3',
      },
    ]);
  });

  it('lists the possible dashboard owners with their e-mail', async () => {
    const { client } = await startHarness();

    const owners = await client.listDashboardOwners();

    expect(owners).toContainEqual({
      id: 1,
      name: 'Ana Lima',
      email: 'ana.lima@example.com',
      active: true,
    });
    expect(owners.map(o => o.id).sort()).toEqual([1, 2, 3, 4]);
  });

  it('shares one login between concurrent first calls', async () => {
    const { client, sim } = await startHarness();

    await Promise.all([
      client.getChart(1),
      client.getChart(2),
      client.getDashboard(1),
      client.listDatabases(),
    ]);

    expect(countRequests(sim, 'POST', '/api/v1/security/login')).toBe(1);
  });
});

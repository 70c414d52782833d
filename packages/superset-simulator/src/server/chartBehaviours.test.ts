import { api, login } from '../__testUtils__/http';
import {
  FixtureSimulator,
  startFixtureSimulator,
} from '../__testUtils__/fixtureSimulator';
import type { Scenario } from '../scenario/schema';

const DAY = 86_400_000;
const NOW = Date.parse('2025-07-24T10:00:00Z');
const TODAY = Date.parse('2025-07-24T00:00:00Z');

/** A chart on the fixtures' orders dataset with generated data. */
function addChart(
  scenario: Scenario,
  chart: Partial<Scenario['charts'][number]> & { id: number },
) {
  scenario.charts.push({
    slice_name: `Chart ${chart.id}`,
    viz_type: 'echarts_timeseries_line',
    dataset: 1,
    behaviour: 'ok',
    owners: [],
    viewers: [],
    tags: [],
    changed_on: '1d',
    ...chart,
  });
  scenario.dashboards[0].charts.push(chart.id);
}

describe('chart data behaviours', () => {
  let fixture: FixtureSimulator;
  let token: string;
  const data = (id: number, query = '') =>
    api(fixture.sim.url, `/api/v1/chart/${id}/data/${query}`, { token });

  beforeAll(async () => {
    fixture = await startFixtureSimulator({
      change: s => {
        addChart(s, { id: 20 });
        addChart(s, { id: 21, behaviour: 'stale', latestDataAge: '5d' });
        addChart(s, {
          id: 22,
          behaviour: 'slow',
          delayMs: 300,
          viz_type: 'table',
        });
        addChart(s, {
          id: 23,
          behaviour: 'error',
          errorMessage: 'division by zero',
        });
        addChart(s, { id: 24, viz_type: 'big_number_total' });
        addChart(s, { id: 25, behaviour: 'no-query-context', viz_type: 'pie' });
        addChart(s, {
          id: 26,
          dataset: 2,
          params: {
            groupby: ['bounce_flag'],
            metric: 'count',
            adhoc_filters: [],
            row_limit: 10,
          },
        });
      },
    });
    token = (await login(fixture.sim.url)).access;
  });
  afterAll(() => fixture.sim.close());

  it('generates ok data up to yesterday with temporal values in epoch ms', async () => {
    const response = await data(20);
    expect(response.status).toBe(200);
    const [result] = response.body.result;
    // Without params a line chart plots the dataset's first metric per day over the last month.
    expect(result.colnames).toEqual(['order_date', 'count']);
    expect(result.coltypes).toEqual([2, 0]);
    expect(result.from_dttm).toBe(Date.parse('2025-06-24T00:00:00Z'));
    expect(result.to_dttm).toBe(TODAY);
    const times = result.data.map((row: any) => row.order_date);
    expect(Math.max(...times)).toBe(TODAY - DAY);
    expect(Math.min(...times)).toBe(result.from_dttm);
    expect(result.rowcount).toBe(30);
    const counts = result.data.map((row: any) => row.count);
    expect(counts.every(Number.isInteger)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(result.query).toContain("DATE_TRUNC('day', order_date)");
  });

  it('stale charts end their data latestDataAge before the clock', async () => {
    const [result] = (await data(21)).body.result;
    const newest = Math.max(...result.data.map((row: any) => row.order_date));
    expect(newest).toBe(Date.parse('2025-07-19T00:00:00Z'));
    expect(NOW - newest).toBeGreaterThan(5 * DAY);
  });

  it('stale data follows the clock', async () => {
    fixture.clock.advance(10 * DAY);
    try {
      token = (await login(fixture.sim.url)).access; // the old token expired meanwhile
      const [result] = (await data(21)).body.result;
      const newest = Math.max(...result.data.map((row: any) => row.order_date));
      expect(newest).toBe(Date.parse('2025-07-29T00:00:00Z'));
    } finally {
      fixture.clock.advance(-10 * DAY);
      token = (await login(fixture.sim.url)).access;
    }
  });

  it('slow charts answer after delayMs', async () => {
    const start = performance.now();
    const response = await data(22);
    expect(response.status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(290);
  });

  it('error charts answer 400 Error: <db message>', async () => {
    const response = await data(23);
    expect([response.status, response.body]).toEqual([
      400,
      { message: 'Error: division by zero' },
    ]);
  });

  it('queries touching a column the warehouse lost fail even when the chart is "ok"', async () => {
    const response = await data(26);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(
      /^Error: column "bounce_flag" does not exist\nLINE 1: /,
    );
  });

  it('answers one row for aggregate charts', async () => {
    const [result] = (await data(24)).body.result;
    expect(result.rowcount).toBe(1);
    expect(result.applied_filters).toEqual([{ column: '__time_range' }]);
    expect(result.from_dttm).toBe(TODAY - 7 * DAY);
  });

  it('legacy charts have no query_context in their detail either', async () => {
    const detail = await api(fixture.sim.url, '/api/v1/chart/25', { token });
    expect(detail.body.result.query_context).toBeNull();
    expect((await data(25)).body).toEqual({
      message: 'Chart has no query context saved. Please save the chart again.',
    });
  });

  it('force=true bypasses the results cache', async () => {
    const cached = (await data(3)).body.result[0];
    const forced = (await data(3, '?force=true')).body.result[0];
    expect([cached.is_cached, cached.cached_dttm]).toEqual([
      true,
      '2025-07-24T09:58:12',
    ]);
    expect([forced.is_cached, forced.cached_dttm]).toEqual([false, null]);
    expect(forced.data).toEqual(cached.data);
  });

  it('answers 404 for unknown charts and non-numeric ids', async () => {
    expect((await data(999)).status).toBe(404);
    expect(
      (await api(fixture.sim.url, '/api/v1/chart/abc', { token })).body,
    ).toEqual({
      message: 'Not found',
    });
  });

  it('changes behaviour at runtime', async () => {
    fixture.sim.updateChart(20, { behaviour: 'empty' });
    const [result] = (await data(20)).body.result;
    expect([result.rowcount, result.data]).toEqual([0, []]);
    expect(result.colnames).toEqual(['order_date', 'count']);
    expect(() => fixture.sim.updateChart(20, { dataset: 42 })).toThrow(
      'unknown dataset 42',
    );
    fixture.sim.updateChart(20, { behaviour: 'ok' });
    expect((await data(20)).body.result[0].rowcount).toBe(30);
  });

  it('answers the freshness probe from the dataset newest row and rejects bad requests', async () => {
    const probe = (datasource: unknown, sqlExpression: string) =>
      api(fixture.sim.url, '/api/v1/chart/data', {
        method: 'POST',
        token,
        body: {
          datasource,
          queries: [
            {
              columns: [],
              metrics: [{ expressionType: 'SQL', sqlExpression, label: 'x' }],
              row_limit: 1,
            },
          ],
        },
      });
    const fresh = await probe({ id: 2, type: 'table' }, 'MAX(session_start)');
    expect(fresh.body.result[0].data).toEqual([
      { x: Date.parse('2025-07-15T23:59:00Z') },
    ]);
    expect(fresh.body.result[0].coltypes).toEqual([2]);
    const lost = await probe({ id: 2, type: 'table' }, 'MAX(bounce_flag)');
    expect(lost.status).toBe(400);
    expect((await probe({ id: 77, type: 'table' }, 'COUNT(*)')).status).toBe(
      404,
    );
    const incorrect = await api(fixture.sim.url, '/api/v1/chart/data', {
      method: 'POST',
      token,
      body: {},
    });
    expect(incorrect.body).toEqual({
      message:
        "Request is incorrect: {'datasource': ['Missing data for required field.'], 'queries': ['Missing data for required field.']}",
    });
  });
});

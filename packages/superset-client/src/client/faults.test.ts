import { fixtureScenario } from '@internal/superset-simulator';
import { SupersetClient } from './SupersetClient';
import { SupersetApiError } from '../errors';
import { throttlingFetch } from '../__testUtils__/fetchWrappers';
import { closeSimulators, startHarness } from '../__testUtils__/simulator';

afterEach(closeSimulators);

/** The fixture instance, with chart 5's datasource out of the service account's reach (403, SIP-40). */
function scenarioWithForbiddenChart() {
  const scenario = fixtureScenario();
  const chart = scenario.charts.find(c => c.id === 5);
  if (!chart) {
    throw new Error('fixture chart 5 is missing');
  }
  chart.behaviour = 'forbidden';
  return scenario;
}

function requestsTo(
  sim: { requests: { path: string; status: number }[] },
  path: string,
) {
  return sim.requests.filter(r => r.path === path).map(r => r.status);
}

describe('SupersetClient retries and faults', () => {
  it('retries 500s with growing back-off, then succeeds', async () => {
    const sleeps: number[] = [];
    const { client, sim } = await startHarness({
      client: {
        retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1_000 },
        // Superset recovers after the second back-off.
        sleep: async ms => {
          sleeps.push(ms);
          if (sleeps.length === 2) {
            sim.setFaults({ errorRate: 0 });
          }
        },
      },
    });
    await client.getChart(1);
    sim.setFaults({ errorRate: 1 });

    const chart = await client.getChart(2);

    expect(chart.id).toBe(2);
    expect(requestsTo(sim, '/api/v1/chart/2')).toEqual([500, 500, 200]);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(50);
    expect(sleeps[0]).toBeLessThanOrEqual(100);
    expect(sleeps[1]).toBeGreaterThanOrEqual(100);
    expect(sleeps[1]).toBeLessThanOrEqual(200);
  });

  it('fails with the last status once the retries are spent', async () => {
    const { client, sim, sleeps } = await startHarness();
    await client.getChart(1);
    sim.setFaults({ errorRate: 1 });

    const error = await client.getDataset(1).catch(e => e);

    expect(error).toBeInstanceOf(SupersetApiError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 500,
      supersetMessage: 'Fatal error',
      path: '/api/v1/dataset/1',
    });
    expect(error.message).toBe(
      'Superset prod: GET /api/v1/dataset/1 answered 500: Fatal error',
    );
    expect(requestsTo(sim, '/api/v1/dataset/1')).toEqual([500, 500, 500, 500]);
    expect(sleeps).toHaveLength(3);
  });

  it('honours Retry-After seconds on 429', async () => {
    const { client, sim, sleeps } = await startHarness({
      client: { fetch: throttlingFetch(2, '2') },
    });

    const chart = await client.getChart(3);

    expect(chart.id).toBe(3);
    expect(sleeps).toEqual([2_000, 2_000]);
    expect(requestsTo(sim, '/api/v1/chart/3')).toEqual([200]);
  });

  it('caps a Retry-After date at maxDelayMs', async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
    const { client, sleeps } = await startHarness({
      client: {
        fetch: throttlingFetch(1, inAnHour),
        retry: { maxDelayMs: 7_000 },
      },
    });

    await client.getChart(3);

    expect(sleeps).toEqual([7_000]);
  });

  it('fails with 429 when throttling outlasts the retries', async () => {
    const { client, sleeps } = await startHarness({
      client: { fetch: throttlingFetch(10), retry: { attempts: 2 } },
    });

    const error = await client.getChart(3).catch(e => e);

    expect(error).toMatchObject({ kind: 'http', status: 429 });
    expect(sleeps).toHaveLength(2);
  });

  it.each<
    [string, (client: SupersetClient) => Promise<unknown>, number, string]
  >([
    [
      '400 (failing chart query)',
      c => c.getChartData(6),
      400,
      '/api/v1/chart/6/data/',
    ],
    [
      '403 (datasource access)',
      c => c.getChartData(5),
      403,
      '/api/v1/chart/5/data/',
    ],
    ['404 (unknown chart)', c => c.getChart(999), 404, '/api/v1/chart/999'],
    [
      '404 (unknown dashboard)',
      c => c.getDashboard(999),
      404,
      '/api/v1/dashboard/999',
    ],
  ])('does not retry a %s', async (_what, call, status, path) => {
    const { client, sim, sleeps } = await startHarness({
      simulator: { scenario: scenarioWithForbiddenChart() },
    });

    const error = await call(client).catch(e => e);

    expect(error).toMatchObject({ kind: 'http', status });
    expect(requestsTo(sim, path)).toEqual([status]);
    expect(sleeps).toEqual([]);
  });

  it('times out a slow answer (kind timeout, retried, no status)', async () => {
    const { client, sim, sleeps } = await startHarness({
      client: { retry: { attempts: 1 } },
    });
    await client.getChart(1);
    sim.setFaults({ latencyMs: 400 });

    const error = await client.getChart(2, { timeoutMs: 50 }).catch(e => e);

    expect(error).toBeInstanceOf(SupersetApiError);
    expect(error).toMatchObject({
      kind: 'timeout',
      status: undefined,
      path: '/api/v1/chart/2',
    });
    expect(error.message).toBe(
      'Superset prod: GET /api/v1/chart/2 timed out: no answer within 50 ms',
    );
    expect(sleeps).toHaveLength(1);
  });

  it("uses the instance's request timeout by default", async () => {
    const { client, sim } = await startHarness({
      instance: { requestTimeoutMs: 60 },
      client: { retry: { attempts: 0 } },
    });
    await client.getChart(1);
    sim.setFaults({ latencyMs: 400 });

    await expect(client.getChart(2)).rejects.toMatchObject({
      kind: 'timeout',
    });
  });

  it('gives a chart query its own, longer timeout', async () => {
    const { client, sim } = await startHarness({
      instance: { requestTimeoutMs: 60 },
      client: { retry: { attempts: 0 } },
    });
    await client.getChart(1);
    sim.setFaults({ latencyMs: 200 });

    const data = await client.getChartData(3, { timeoutMs: 2_000 });

    expect(data.kind).toBe('data');
  });

  it('does not retry when the caller aborts', async () => {
    const { client, sim, sleeps } = await startHarness();
    await client.getChart(1);
    sim.setFaults({ latencyMs: 400 });
    const controller = new AbortController();

    const pending = client.getChart(2, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    const error = await pending.catch(e => e);

    expect(error).toMatchObject({
      kind: 'aborted',
      status: undefined,
      path: '/api/v1/chart/2',
    });
    expect(sleeps).toEqual([]);
  });

  it('reports a malformed JSON body as invalid-response, without retrying', async () => {
    const { client, sim, sleeps } = await startHarness();
    await client.getChart(1);
    sim.setFaults({ malformedJsonRate: 1 });

    const error = await client.getDashboard(1).catch(e => e);

    expect(error).toMatchObject({
      kind: 'invalid-response',
      status: 200,
      path: '/api/v1/dashboard/1',
    });
    expect(error.message).toMatch(
      /^Superset prod: GET \/api\/v1\/dashboard\/1 answered 200 with an unusable body: the body is not valid JSON/,
    );
    expect(requestsTo(sim, '/api/v1/dashboard/1')).toEqual([200]);
    expect(sleeps).toEqual([]);
  });

  it('reports a refused connection as kind network after the retries', async () => {
    const { client, sim, sleeps } = await startHarness();
    await client.getChart(1);
    sim.setFaults({ down: true });

    const error = await client.getChart(2).catch(e => e);

    expect(error).toMatchObject({
      kind: 'network',
      status: undefined,
      path: '/api/v1/chart/2',
    });
    expect(error.message).toMatch(
      /^Superset prod: GET \/api\/v1\/chart\/2 failed: /,
    );
    expect(sleeps).toHaveLength(3);
  });
});

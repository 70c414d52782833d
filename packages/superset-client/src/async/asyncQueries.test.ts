import { fixtureScenario } from '@internal/superset-simulator';
import {
  closeSimulators,
  countRequests,
  startHarness,
} from '../__testUtils__/simulator';

const ASYNC = { pendingMs: 5, runningMs: 10 };
const FAST_POLL = { jwtCookieName: 'async-token', pollIntervalMs: 5 };

/** Through the real client against a simulated Superset with GLOBAL_ASYNC_QUERIES on. */
describe('SupersetClient with global async queries', () => {
  afterEach(closeSimulators);

  const start = (asyncQueries: object = ASYNC, scenario = fixtureScenario()) =>
    startHarness({
      simulator: { asyncQueries, scenario },
      instance: { asyncQueries: FAST_POLL },
    });

  it('awaits the job on the event stream and returns the result from result_url', async () => {
    const { client, sim } = await start();
    await client.getDashboard(1); // binds the async channel to the user, as gathering facts does
    const response = await client.getChartData(1);
    expect(response.kind).toBe('data');
    if (response.kind !== 'data') return;
    expect(response.queries[0].status).toBe('success');
    expect(response.queries[0].rowcount).toBeGreaterThan(0);
    const calls = sim.requests
      .map(r => `${r.path.replace(/qc-\w+/, 'qc-…')} ${r.status}`)
      .filter(call => !call.startsWith('/api/v1/async_event/'));
    expect(calls).toEqual([
      '/api/v1/security/login 200',
      '/api/v1/dashboard/1 200',
      '/api/v1/chart/1/data/ 202',
      '/api/v1/chart/data/qc-… 200',
    ]);
    expect(countRequests(sim, 'GET', '/api/v1/async_event/')).toBeGreaterThan(
      0,
    );
  });

  it('resubmits a job started on the anonymous channel of a fresh login', async () => {
    // The login's answer sets a channel for "no user"; the first authenticated answer replaces it, so
    // the job that first request started is on a channel the client no longer reads.
    // The first job stays pending long enough that the resubmission is not answered from its cache.
    const { client, sim } = await start({ pendingMs: 500, runningMs: 5 });
    const response = await client.getChartData(1);
    expect(response.kind === 'data' && response.queries[0].status).toBe(
      'success',
    );
    const chartCalls = sim.requests.filter(r =>
      r.path.startsWith('/api/v1/chart/'),
    );
    expect(chartCalls.map(r => r.status)).toEqual([202, 202, 200]);
  });

  it('answers from the cache with a 200 the second time, and never sends force=true unasked', async () => {
    const { client, sim } = await start();
    await client.getDashboard(1);
    await client.getChartData(1);
    const again = await client.getChartData(1);
    expect(again.kind === 'data' && again.queries[0].isCached).toBe(true);
    const dataCalls = sim.requests.filter(
      r => r.path === '/api/v1/chart/1/data/',
    );
    expect(dataCalls.map(r => r.status)).toEqual([202, 200]);
    expect(dataCalls.every(r => !r.query.includes('force'))).toBe(true);
  });

  it('turns a failed job into a failed query carrying the database message', async () => {
    const { client } = await start();
    const response = await client.getChartData(6);
    expect(response.kind === 'data' && response.queries[0]).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('column "bounce_flag" does not exist'),
    });
  });

  it('serves every pending job of the channel from one poll loop', async () => {
    const { client, sim } = await start({ pendingMs: 5, runningMs: 60 });
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 7, 8].map(id => client.getChartData(id)),
    );
    expect(results.every(r => r.kind === 'data')).toBe(true);
    const polls = countRequests(sim, 'GET', '/api/v1/async_event/');
    // 7 jobs of ~65 ms with a 5 ms interval: one loop reads ~15 times; one loop per chart would read ~90.
    expect(polls).toBeLessThan(40);
    // Every read after the first continues from the last event seen.
    const reads = sim.requests.filter(r => r.path === '/api/v1/async_event/');
    expect(reads.slice(1).some(r => r.query.startsWith('last_id='))).toBe(true);
  });

  it('renews an expired async token and still gets the result', async () => {
    const { client, sim } = await start();
    await client.getDashboard(1);
    await client.getChartData(1);
    sim.expireAsyncTokens();
    sim.expireAsyncResults();
    const response = await client.getChartData(2);
    expect(response.kind).toBe('data');
    const chart2 = sim.requests.filter(r => r.path === '/api/v1/chart/2/data/');
    // Refused with the stale token, refused without one (that answer sets the new token), then a job.
    expect(chart2.map(r => r.status)).toEqual([401, 401, 202]);
  });

  it('gives up when the caller signal ends, with an aborted error naming the job', async () => {
    const { client, sim } = await start({ pendingMs: 5, runningMs: 60_000 });
    await client.getDashboard(1);
    const controller = new AbortController();
    const answer = client
      .getChartData(1, { signal: controller.signal })
      .catch(e => e);
    // Abort once the client waits on the event stream, whatever the machine's speed.
    while (!sim.requests.some(r => r.path === '/api/v1/async_event/')) {
      await new Promise(resolve => setTimeout(resolve, 5));
    }
    controller.abort();
    expect(await answer).toMatchObject({
      kind: 'aborted',
      supersetMessage: expect.stringMatching(/stopped waiting for async job/),
    });
  });

  it('bounds the wait of a caller without a signal by the request timeout', async () => {
    const { client } = await startHarness({
      simulator: {
        asyncQueries: { pendingMs: 5, runningMs: 60_000 },
        scenario: fixtureScenario(),
      },
      instance: { asyncQueries: FAST_POLL, requestTimeoutMs: 1_000 },
    });
    await expect(client.getChartData(1)).rejects.toMatchObject({
      kind: 'aborted',
      path: '/api/v1/async_event/',
    });
  });

  it('submits a new job when the finished result expired before it was read', async () => {
    let expireBeforeFirstResultRead: (() => void) | undefined;
    const harness = await startHarness({
      simulator: { asyncQueries: ASYNC, scenario: fixtureScenario() },
      instance: { asyncQueries: FAST_POLL },
      client: {
        // The cache evicts the result between the done event and its read.
        fetch: (async (input, init) => {
          if (String(input).includes('/api/v1/chart/data/qc-')) {
            expireBeforeFirstResultRead?.();
            expireBeforeFirstResultRead = undefined;
          }
          return fetch(input, init);
        }) as typeof fetch,
      },
    });
    expireBeforeFirstResultRead = () => harness.sim.expireAsyncResults();
    await harness.client.getDashboard(1);
    const response = await harness.client.getChartData(1);
    expect(response.kind === 'data' && response.queries[0].status).toBe(
      'success',
    );
    const statuses = harness.sim.requests
      .filter(r => r.path.startsWith('/api/v1/chart/'))
      .map(r => `${r.path.replace(/qc-\w+/, 'qc-…')} ${r.status}`);
    expect(statuses).toEqual([
      '/api/v1/chart/1/data/ 202',
      '/api/v1/chart/data/qc-… 404',
      '/api/v1/chart/1/data/ 202',
      '/api/v1/chart/data/qc-… 200',
    ]);
  });
});

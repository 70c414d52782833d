import { mockServices } from '@backstage/backend-test-utils';
import {
  fixtureScenario,
  RunningSupersetSimulator,
} from '@internal/superset-simulator';
import { SupersetClient } from '@dashboard-health/superset-client';
import { startFixtureSuperset } from '../../__testUtils__/supersetTestInstance';
import { gatherFacts } from './gatherFacts';
import { ChartFacts } from './types';

// Short real budgets: the client's own timers (AbortSignal.timeout) are not jest's to fake.
const BUDGET_MS = 300;

/**
 * `chartTimeout` is one budget per chart, retries included. The client retries timeouts and 5xx answers,
 * so a per-attempt timeout alone lets one hanging chart take (1 + retries) × chartTimeout plus back-offs.
 */
describe('gatherFacts: the chart timeout budget', () => {
  let simulator: RunningSupersetSimulator;
  let client: SupersetClient;

  beforeAll(async () => {
    // Sales Overview (dashboard 1) with its first chart hanging far past the budget.
    const scenario = fixtureScenario();
    const charts = scenario.charts as Array<{
      id: number;
      behaviour: unknown;
      delayMs?: number;
    }>;
    Object.assign(charts.find(c => c.id === 1)!, {
      behaviour: 'slow',
      delayMs: 30_000,
    });
    ({ simulator, client } = await startFixtureSuperset(scenario));
  });
  afterAll(() => simulator.close());

  const gather = (
    source: Parameters<typeof gatherFacts>[0]['source'],
    signal = new AbortController().signal,
  ) =>
    gatherFacts({
      environment: 'prod',
      baseUrl: simulator.url,
      dashboardId: 1,
      source,
      signal,
      now: () => new Date('2025-07-24T10:00:00Z'),
      chartConcurrency: 4,
      chartTimeoutMs: BUDGET_MS,
    });

  const chart = (charts: ChartFacts[], id: number) =>
    charts.find(c => c.id === id)!;

  it('reports a hanging chart as a timeout once its budget is spent, without retrying past it', async () => {
    const facts = await gather(client);
    const hanging = chart(facts.charts, 1);
    // A per-attempt timeout with the client's 3 retries took 4 × the budget.
    expect(hanging.durationMs).toBeLessThan(2 * BUDGET_MS);
    expect(hanging.durationMs).toBeGreaterThanOrEqual(BUDGET_MS - 20);
    expect(hanging).toMatchObject({
      outcome: 'timeout',
      message: `no answer within ${BUDGET_MS} ms, retries included`,
    });
    // The other charts are unaffected.
    expect(facts.charts.filter(c => c.outcome === 'ok')).toHaveLength(3);
  });

  it('starts no retry past the budget: a back-off that would end after it ends the chart', async () => {
    // Superset asks for a 1 s pause before the retry; the budget ends first.
    const chartDataCalls: string[] = [];
    const throttling = new SupersetClient({
      instance: {
        id: 'prod',
        title: 'Production',
        baseUrl: simulator.url,
        auth: {
          provider: 'db',
          username: 'svc_dashboard_validator',
          password: 'simulator',
        },
        maxConcurrency: 2,
        requestTimeoutMs: 5_000,
      },
      logger: mockServices.logger.mock(),
      fetch: async (input, init) => {
        const url = String(input);
        if (url.includes('/api/v1/chart/2/data/')) {
          chartDataCalls.push(url);
          return new Response('{"message":"busy"}', {
            status: 503,
            headers: { 'Retry-After': '1' },
          });
        }
        return fetch(input, init);
      },
    });
    const started = Date.now();
    const facts = await gather(throttling);
    expect(chartDataCalls).toHaveLength(1);
    expect(chart(facts.charts, 2).outcome).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3 * BUDGET_MS);
  }, 10_000);

  it('still ends the run, not the chart, when the run itself is aborted', async () => {
    const run = new AbortController();
    const gathering = gather(client, run.signal);
    setTimeout(() => run.abort(new Error('run timeout')), BUDGET_MS / 3);
    await expect(gathering).rejects.toThrow('run timeout');
  });
});

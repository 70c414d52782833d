import {
  fixtureScenario,
  RunningSupersetSimulator,
} from '@internal/superset-simulator';
import { SupersetClient } from '@dashboard-health/superset-client';
import { startFixtureSuperset } from '../../__testUtils__/supersetTestInstance';
import { gatherFacts } from './gatherFacts';

// A real budget (an AbortSignal.timeout, not jest's to fake), roomy enough for a busy CI machine.
const BUDGET_MS = 2_000;

/** Fact gathering against a Superset with GLOBAL_ASYNC_QUERIES on, through the real client. */
describe('gatherFacts with global async queries', () => {
  let simulator: RunningSupersetSimulator;
  let client: SupersetClient;

  beforeAll(async () => {
    // Sales Overview (dashboard 1) with chart 1's job never finishing: its worker runs for 10 minutes.
    const scenario = fixtureScenario();
    const charts = scenario.charts as Array<{
      id: number;
      behaviour: unknown;
      delayMs?: number;
    }>;
    Object.assign(charts.find(c => c.id === 1)!, {
      behaviour: 'slow',
      delayMs: 600_000,
    });
    ({ simulator, client } = await startFixtureSuperset(scenario, {
      asyncQueries: { pendingMs: 5, runningMs: 15 },
    }));
  });
  afterAll(() => simulator.close());

  const gather = (dashboardId: number) =>
    gatherFacts({
      environment: 'prod',
      baseUrl: simulator.url,
      dashboardId,
      source: client,
      signal: new AbortController().signal,
      now: () => new Date('2025-07-24T10:00:00Z'),
      chartConcurrency: 4,
      chartTimeoutMs: BUDGET_MS,
    });

  it('ends a job that never finishes as a timeout fact within the chart budget, and checks the others', async () => {
    const facts = await gather(1);
    const stuck = facts.charts.find(c => c.id === 1)!;
    expect(stuck).toMatchObject({
      outcome: 'timeout',
      message: expect.stringMatching(
        /^the async query did not finish within 2000 ms \(stopped waiting for async job [0-9a-f-]+\)$/,
      ),
    });
    expect(stuck.durationMs).toBeLessThan(2 * BUDGET_MS);
    expect(facts.charts.filter(c => c.id !== 1).map(c => c.outcome)).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
  });

  it('records a failed job as a query error with the database message', async () => {
    const facts = await gather(2);
    expect(facts.charts.find(c => c.id === 6)).toMatchObject({
      outcome: 'query-error',
      message: expect.stringContaining('column "bounce_flag" does not exist'),
    });
  });
});

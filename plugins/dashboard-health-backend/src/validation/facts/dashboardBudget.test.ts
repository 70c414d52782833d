import { mockServices } from '@backstage/backend-test-utils';
import {
  fixtureScenario,
  startSupersetSimulator,
} from '@internal/superset-simulator';
import { SupersetClient } from '@dashboard-health/superset-client';
import { runChecks } from '../checks/deterministicChecks';
import { gatherFacts } from './gatherFacts';

// Real, short budgets: the client's timers (AbortSignal.timeout) are not jest's to fake.
const BUDGET_MS = 2_500;
const CHART_DELAY_MS = 100;
const CONCURRENCY = 4;

/**
 * A dashboard of 200 charts whose queries take 100 ms each: at 4 at a time, 5 s of queries, twice
 * the validation's budget. The validation must end within its budget, keep to its concurrency, and say
 * which charts it did not check, rather than run into the run timeout with nothing recorded.
 */
describe('gatherFacts: a 200-chart dashboard within the validation budget', () => {
  it('checks what fits, names the rest as not checked, and never has more than 4 queries in flight', async () => {
    const simulator = await startSupersetSimulator({
      scenario: fixtureScenario(),
      port: 0,
    });
    const ids = Array.from({ length: 200 }, (_, i) => 1_000 + i);
    for (const id of ids) {
      simulator.addChart({
        id,
        slice_name: `Region split ${id}`,
        viz_type: 'pie',
        dataset: 1,
        behaviour: 'slow',
        delayMs: CHART_DELAY_MS,
      });
    }
    simulator.updateDashboard(1, { charts: ids });
    let inFlight = 0;
    let peak = 0;
    const client = new SupersetClient({
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
      // Counts chart queries in flight on the wire.
      fetch: async (input, init) => {
        const chartData = String(input).includes('/data/');
        if (chartData) peak = Math.max(peak, ++inFlight);
        try {
          return await fetch(input, init);
        } finally {
          if (chartData) inFlight--;
        }
      },
    });

    // Logged in and the simulator's model built: the budget is about the validation, not the warm-up.
    await client.getDashboard(1);
    const started = Date.now();
    const facts = await gatherFacts({
      environment: 'prod',
      baseUrl: simulator.url,
      dashboardId: 1,
      source: client,
      signal: new AbortController().signal,
      now: () => new Date('2025-07-24T10:00:00Z'),
      chartConcurrency: CONCURRENCY,
      chartTimeoutMs: 5_000,
      budgetMs: BUDGET_MS,
    });
    const elapsed = Date.now() - started;
    await simulator.close();

    const checked = facts.charts.filter(c => c.outcome === 'ok');
    const skipped = facts.charts.filter(c => c.outcome === 'not-checked');
    expect(facts.charts).toHaveLength(200);
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length + skipped.length).toBe(200);
    expect(skipped.length).toBeGreaterThan(100);
    expect(elapsed).toBeLessThan(BUDGET_MS + 1_000);
    expect(peak).toBeLessThanOrEqual(CONCURRENCY);

    const issue = runChecks(facts, { maxStalenessMs: 2 * 86_400_000 }).find(
      i => i.code === 'charts-not-checked',
    );
    expect(issue).toMatchObject({ severity: 'warning', source: 'check' });
    expect(issue!.message).toContain(
      `${skipped.length} of 200 charts were not checked within the validation's time budget: "${skipped[0].name}" (${skipped[0].id}),`,
    );
    expect(issue!.message).toMatch(
      new RegExp(` and ${skipped.length - 20} more\\.$`),
    );
  });
});

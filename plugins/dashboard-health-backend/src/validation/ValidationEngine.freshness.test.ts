import { mockServices } from '@backstage/backend-test-utils';
import { Run } from '@dashboard-health/plugin-dashboard-health-common';
import { fixtureScenario } from '@internal/superset-simulator';
import { SimulatedClock } from '../__testUtils__/SimulatedClock';
import { startFixtureSuperset } from '../__testUtils__/supersetTestInstance';
import { dashboardEntity } from '../__testUtils__/testEngine';
import { PolicyStore } from '../database/PolicyStore';
import { RecordStore } from '../database/RecordStore';
import { ValidationEngine } from './ValidationEngine';

const run: Run = {
  id: 'run-1',
  policyId: null,
  entityRef: 'resource:default/prod-dashboard-1',
  environment: 'prod',
  trigger: 'manual',
  status: 'running',
  plannedAt: '2025-07-24T10:00:00.000Z',
  startedAt: '2025-07-24T10:00:00.000Z',
  finishedAt: null,
  attempt: 1,
  reason: null,
  recordId: null,
  deadlineAt: null,
  requestedBy: null,
};

/**
 * Sales Overview's big number, pie and table show no time; the engine learns their freshness from
 * public.orders, through the column the entity's annotation names.
 */
describe('ValidationEngine: freshness of charts without a time column', () => {
  it('warns that the three charts on a table whose annotated load column stopped are stale', async () => {
    const scenario = fixtureScenario();
    const orders = (scenario.datasets as Array<Record<string, unknown>>)[0];
    (orders.columns as Array<Record<string, unknown>>).push({
      column_name: 'loaded_at',
      type: 'TIMESTAMP WITHOUT TIME ZONE',
    });
    orders.latestData = '2025-07-18T00:00:00';
    const { simulator, instance } = await startFixtureSuperset(scenario);
    const entity = dashboardEntity('prod-dashboard-1');
    entity.metadata.annotations = {
      ...entity.metadata.annotations,
      'superset.apache.org/dashboard-id': '1',
      'dashboard-health/freshness-column': 'public.orders=loaded_at',
    };
    const engine = new ValidationEngine({
      instances: new Map([['prod', instance]]),
      policies: { get: async () => undefined } as unknown as PolicyStore,
      records: { tokensUsedSince: async () => 0 } as unknown as RecordStore,
      clock: new SimulatedClock('2025-07-24T10:00:00Z'),
      chartConcurrency: 4,
      chartTimeoutMs: 5_000,
      dashboardBudgetMs: 60_000,
      logger: mockServices.logger.mock(),
    });

    const outcome = await engine.execute({
      run,
      entity,
      environment: 'prod',
      signal: new AbortController().signal,
    });
    await simulator.close();

    expect(outcome.status).toBe('warn');
    expect(outcome.issues.map(i => `${i.code} chart ${i.chartId}`)).toEqual([
      'stale-data chart 1',
      'stale-data chart 3',
      'stale-data chart 4',
    ]);
    expect(outcome.issues[0].message).toContain('public.orders.loaded_at');
    expect(outcome.summary).toBe(
      '"Sales Overview": 3 charts with stale data among 4 charts.',
    );
  });
});

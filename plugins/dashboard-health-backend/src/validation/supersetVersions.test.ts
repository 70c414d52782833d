import { mockServices } from '@backstage/backend-test-utils';
import { Run } from '@dashboard-health/plugin-dashboard-health-common';
import {
  fixtureScenario,
  RunningSupersetSimulator,
  supersetVersions,
} from '@internal/superset-simulator';
import { SimulatedClock } from '../__testUtils__/SimulatedClock';
import { startFixtureSuperset } from '../__testUtils__/supersetTestInstance';
import { dashboardEntity } from '../__testUtils__/testEngine';
import { PolicyStore } from '../database/PolicyStore';
import { RecordStore } from '../database/RecordStore';
import { EngineInstance, ValidationEngine } from './ValidationEngine';

const run: Run = {
  id: 'run-1',
  policyId: null,
  entityRef: 'resource:default/prod-dashboard-2',
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

function entity(dashboardId: number) {
  const e = dashboardEntity(`prod-dashboard-${dashboardId}`);
  e.metadata.annotations = {
    ...e.metadata.annotations,
    'superset.apache.org/dashboard-id': String(dashboardId),
  };
  return e;
}

/** What the fixtures' three dashboards must yield, whatever the Superset line and query mode. */
const EXPECTED = [
  { dashboardId: 1, status: 'pass', issues: [] as string[] },
  {
    dashboardId: 2,
    status: 'fail',
    issues: ['stale-data chart 5', 'chart-query-error chart 6'],
  },
  { dashboardId: 3, status: 'warn', issues: ['chart-no-data chart 8'] },
];

const modes = [
  { mode: 'synchronous', asyncQueries: undefined },
  {
    mode: 'global async queries',
    asyncQueries: { pendingMs: 5, runningMs: 15 },
  },
];

/**
 * The validation suite's findings against every supported Superset line, with chart data answered
 * synchronously and through async jobs: the failing, empty and stale charts are found either way.
 */
describe.each(supersetVersions)('validation against Superset %s', version => {
  describe.each(modes)('with $mode', ({ asyncQueries }) => {
    let simulator: RunningSupersetSimulator;
    let instance: EngineInstance;

    beforeAll(async () => {
      ({ simulator, instance } = await startFixtureSuperset(fixtureScenario(), {
        version,
        asyncQueries,
      }));
    });
    afterAll(() => simulator.close());

    const engine = () =>
      new ValidationEngine({
        instances: new Map([['prod', instance]]),
        policies: { get: async () => undefined } as unknown as PolicyStore,
        records: { tokensUsedSince: async () => 0 } as unknown as RecordStore,
        clock: new SimulatedClock('2025-07-24T10:00:00Z'),
        chartConcurrency: 4,
        chartTimeoutMs: 5_000,
        logger: mockServices.logger.mock(),
      });

    it.each(EXPECTED)(
      'dashboard $dashboardId: $status with $issues',
      async ({ dashboardId, status, issues }) => {
        const outcome = await engine().execute({
          run,
          entity: entity(dashboardId),
          environment: 'prod',
          signal: new AbortController().signal,
        });
        expect(outcome.status).toBe(status);
        expect(outcome.issues.map(i => `${i.code} chart ${i.chartId}`)).toEqual(
          issues,
        );
      },
    );

    it('answered chart data the way the mode says', () => {
      const statuses = simulator.requests
        .filter(r => /^\/api\/v1\/chart\/\d+\/data\/$/.test(r.path))
        .map(r => r.status);
      const polled = simulator.requests.some(
        r => r.path === '/api/v1/async_event/',
      );
      // Async: every chart ran as a job (the failing one as a job error, not a 400) and was polled for.
      expect({
        jobs: statuses.filter(s => s === 202).length >= 8,
        queryErrors: statuses.includes(400),
        polled,
      }).toEqual(
        asyncQueries
          ? { jobs: true, queryErrors: false, polled: true }
          : { jobs: false, queryErrors: true, polled: false },
      );
    });
  });
});

import { mockServices } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { ControlledExecutor } from '../__testUtils__/ControlledExecutor';
import { SimulatedClock } from '../__testUtils__/SimulatedClock';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  createTestEngine,
  dashboardRefs,
  simulate,
} from '../__testUtils__/testEngine';
import { migrateUp } from '../database/migrations';
import { demoWindow, ensureDemoPolicies } from './demoPolicy';

jest.setTimeout(60_000);

const config = {
  enabled: true,
  startAfterMs: 60_000,
  spreadMs: 10 * 60_000,
};

describe('demoWindow', () => {
  it('opens at the first whole minute a minute from now and lasts the spread', () => {
    const now = new Date('2026-06-10T12:34:20Z');
    expect(demoWindow(now, 60_000, 600_000)).toEqual({
      start: '12:36',
      end: '12:46',
      timezone: 'UTC',
    });
    // Across midnight the window wraps like any other.
    expect(
      demoWindow(new Date('2026-06-10T23:55:00Z'), 60_000, 600_000),
    ).toEqual({ start: '23:56', end: '00:06', timezone: 'UTC' });
  });
});

describe('ensureDemoPolicies', () => {
  const databases = createTestDatabases();
  let db: Knex;
  beforeEach(async () => {
    db = await databases.init('SQLITE_3');
    await migrateUp(db);
  });
  afterEach(async () => {
    await db.destroy();
  });

  it('waits for the catalog, then validates the demo dashboards within the next ten minutes', async () => {
    const clock = new SimulatedClock('2026-06-10T12:34:20Z');
    const executor = new ControlledExecutor(clock, { durationMs: 20_000 });
    const engine = createTestEngine({ db, clock, executor, caps: { prod: 2 } });
    let catalog: string[] = [];
    const options = {
      config,
      environments: ['prod'],
      environmentDashboards: async () => catalog,
      policies: engine.policies,
      planner: engine.planner,
      clock,
      logger: mockServices.logger.mock(),
    };
    expect(await ensureDemoPolicies(options)).toBe(false);
    expect(await engine.policies.list()).toEqual([]);

    catalog = dashboardRefs(15);
    expect(await ensureDemoPolicies(options)).toBe(true);
    const policy = await engine.policies.get('pol-demo-prod');
    expect(policy).toMatchObject({
      environment: 'prod',
      window: { start: '12:36', end: '12:46', timezone: 'UTC' },
      enabled: true,
    });
    // A second call (another replica, a restart within the window) leaves the window where it is.
    clock.advance(60_000);
    expect(await ensureDemoPolicies(options)).toBe(true);
    expect((await engine.policies.get('pol-demo-prod'))?.updatedAt).toBe(
      policy!.updatedAt,
    );

    await simulate({
      clock,
      engines: [engine],
      executor,
      until: '2026-06-10T12:47:00Z',
      tickMs: 10_000,
    });
    const runs = await engine.plans.planRuns(policy!.id, '2026-06-10');
    expect(runs).toHaveLength(15);
    expect(runs.every(run => run.status === 'succeeded')).toBe(true);
    expect(
      runs.every(
        run =>
          run.startedAt! >= '2026-06-10T12:36:00.000Z' &&
          run.startedAt! <= '2026-06-10T12:46:00.000Z',
      ),
    ).toBe(true);
  });
});

import { Knex } from 'knex';
import { ControlledExecutor } from '../../__testUtils__/ControlledExecutor';
import { SimulatedClock } from '../../__testUtils__/SimulatedClock';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import {
  createPolicy,
  createTestEngine,
  dashboardRefs,
} from '../../__testUtils__/testEngine';
import { migrateUp } from '../../database/migrations';

jest.setTimeout(120_000);

const utc = (start: string, end: string) => ({ start, end, timezone: 'UTC' });

/**
 * Defect 1: a backlog on one instance (or one capped policy) must not starve the others. Claims look at
 * every instance and policy with spare capacity, not at the oldest due runs overall.
 */
describe('claim fairness under a backlog', () => {
  const databases = createTestDatabases();
  let db: Knex;

  afterEach(async () => {
    await db?.destroy();
  });

  it.each(databases.eachSupportedId())(
    "starts another instance's slots, a capped policy's neighbours and a manual run within one tick of a 5,000-run backlog on %p",
    async databaseId => {
      db = await databases.init(databaseId);
      await migrateUp(db);
      const clock = new SimulatedClock('2026-06-10T00:00:00Z');
      const executor = new ControlledExecutor(clock, {
        durationMs: 0,
        hang: true,
      });
      const engine = createTestEngine({
        db,
        clock,
        executor,
        caps: { staging: 1, prod: 5 },
        gracePeriodMs: 24 * 3_600_000,
        runTimeoutMs: 24 * 3_600_000,
      });
      // Instance staging at cap 1 and a maxConcurrency-1 policy on prod: 5,000 due runs each, all older
      // than anything else in the queue.
      await createPolicy(engine, clock, {
        name: 'staging backlog',
        environment: 'staging',
        entityRefs: dashboardRefs(5000, 'staging'),
        window: utc('00:00', '00:50'),
      });
      await createPolicy(engine, clock, {
        name: 'prod backlog, one at a time',
        environment: 'prod',
        maxConcurrency: 1,
        entityRefs: dashboardRefs(5000, 'heavy'),
        window: utc('00:00', '00:50'),
      });
      const nightly = await createPolicy(engine, clock, {
        name: 'prod nightly',
        environment: 'prod',
        entityRefs: dashboardRefs(3, 'nightly'),
        window: utc('00:30', '01:00'),
      });

      clock.set('2026-06-10T01:00:00Z');
      const manual = await engine.runs.createManualRun({
        id: 'run-now',
        entityRef: 'resource:default/nightly-2',
        environment: 'prod',
        gracePeriodMs: 3_600_000,
      });

      const claimed = await engine.dispatcher.tick();

      const byPolicy = (policyId: string | null) =>
        claimed.filter(run => run.policyId === policyId).length;
      const nightlyDue = (
        await db('runs')
          .where({ policy_id: nightly.id })
          .where('planned_at', '<=', clock.now())
      ).length;
      expect(nightlyDue).toBe(3);
      expect(byPolicy(nightly.id)).toBe(nightlyDue);
      expect(claimed.map(run => run.id)).toContain(manual.id);
      // The backlogs still get their share: one each, their caps.
      expect(claimed.filter(run => run.environment === 'staging')).toHaveLength(
        1,
      );
      expect(
        claimed.filter(run => run.entityRef.includes('heavy')),
      ).toHaveLength(1);
      // prod's cap of 5 is exactly the heavy policy's one, the nightly three and the manual run.
      expect(claimed).toHaveLength(6);
    },
  );
});

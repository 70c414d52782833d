import knexFactory, { Knex } from 'knex';
import { Clock } from '../../clock';
import { ControlledExecutor } from '../../__testUtils__/ControlledExecutor';
import { SimulatedClock } from '../../__testUtils__/SimulatedClock';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import {
  createPolicy,
  createTestEngine,
  dashboardRefs,
  simulate,
} from '../../__testUtils__/testEngine';
import { migrateUp } from '../../database/migrations';

jest.setTimeout(300_000);

/** A host clock that runs `offsetMs` ahead of (or behind) the database server's. */
const skewed = (base: Clock, offsetMs: number): Clock => ({
  now: () => new Date(base.now().getTime() + offsetMs),
});

/**
 * Defect 3: leases, claims and missed/grace decisions use the database's clock, so two replicas whose host
 * clocks are minutes apart still run every slot exactly once under the cap.
 */
describe('host clocks apart', () => {
  const databases = createTestDatabases();
  const postgres = databases
    .eachSupportedId()
    .filter(([id]) => id.startsWith('POSTGRES'));
  let pools: Knex[] = [];

  afterEach(async () => {
    await Promise.all(pools.map(pool => pool.destroy()));
    pools = [];
  });

  it.each(postgres)(
    'two replicas 5 minutes apart run 200 slots and 20 manual runs exactly once, none early, under the cap on %p',
    async databaseId => {
      const db = await databases.init(databaseId);
      await migrateUp(db);
      const second = knexFactory({
        client: 'pg',
        connection: db.client.config.connection,
      });
      pools = [second];

      // The database server's clock; each replica's host clock is its own.
      const serverClock = new SimulatedClock('2026-06-09T22:55:00Z');
      const executor = new ControlledExecutor(serverClock, {
        durationMs: 20_000,
      });
      const common = {
        executor,
        caps: { prod: 2 },
        leaseDurationMs: 120_000,
        gracePeriodMs: 60_000,
        databaseClock: serverClock,
      };
      const a = createTestEngine({
        ...common,
        db,
        clock: serverClock,
        name: 'on-time',
      });
      const b = createTestEngine({
        ...common,
        db: second,
        clock: skewed(serverClock, 5 * 60_000),
        name: 'five-minutes-ahead',
      });
      const policy = await createPolicy(a, serverClock, {
        entityRefs: dashboardRefs(200),
        window: { start: '01:00', end: '02:00', timezone: 'Europe/Berlin' },
      });

      const window = {
        clock: serverClock,
        engines: [a, b],
        executor,
        tickMs: 5_000,
        concurrent: true,
      };
      await simulate({ ...window, until: '2026-06-09T23:10:00Z' });
      // "Run now" on 20 dashboards, served by the replica whose clock is on time.
      for (let i = 0; i < 20; i++) {
        await a.runs.createManualRun({
          id: `manual-${i}`,
          entityRef: `resource:default/dash-${i}`,
          environment: 'prod',
          gracePeriodMs: 3_600_000,
        });
      }
      await simulate({ ...window, until: '2026-06-10T00:20:00Z' });

      const runs = await db('runs').where(q =>
        q.where({ plan_date: '2026-06-10' }).orWhere({ trigger: 'manual' }),
      );
      expect(runs).toHaveLength(220);
      expect(runs.filter(run => run.status !== 'succeeded')).toEqual([]);
      expect(runs.every(run => Number(run.attempt) === 1)).toBe(true);
      const executed = executor.starts
        .map(start => start.run)
        .filter(
          run => run.trigger === 'manual' || run.plannedAt < '2026-06-10T12:00',
        )
        .map(run => run.id);
      expect(executed).toHaveLength(220);
      expect(new Set(executed).size).toBe(220);
      expect(await db('records').whereIn('run_id', executed)).toHaveLength(220);
      expect(executor.peakConcurrency).toBe(2);
      // By the database's clock no slot started before its planned time.
      const early = executor.starts.filter(
        start => start.at < Date.parse(start.run.plannedAt),
      );
      expect(early).toEqual([]);
      expect((await a.plans.planRuns(policy.id, '2026-06-10')).length).toBe(
        200,
      );
    },
  );
});

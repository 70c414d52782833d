import knexFactory, { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { ControlledExecutor } from '../__testUtils__/ControlledExecutor';
import { SimulatedClock } from '../__testUtils__/SimulatedClock';
import {
  createPolicy,
  createTestEngine,
  dashboardRefs,
  simulate,
} from '../__testUtils__/testEngine';
import { migrateUp } from '../database/migrations';

jest.setTimeout(300_000);

/**
 * Two plugin instances (two connection pools, like two replicas) dispatching from one real PostgreSQL at
 * the same moments: every slot runs exactly once and the instance cap holds across both.
 */
describe('two backends on one PostgreSQL', () => {
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
    'runs 1,000 slots exactly once under a cluster-wide cap on %p',
    async databaseId => {
      const db = await databases.init(databaseId);
      await migrateUp(db);
      const second = knexFactory({
        client: 'pg',
        connection: db.client.config.connection,
      });
      pools = [second];

      const clock = new SimulatedClock('2026-06-09T22:55:00Z');
      // 1,000 slots 3.6 s apart, each run 8 s: up to 3 would overlap; the cap is 2 across both.
      const executor = new ControlledExecutor(clock, { durationMs: 8_000 });
      const a = createTestEngine({
        db,
        clock,
        executor,
        caps: { prod: 2 },
        name: 'replica-a',
      });
      const b = createTestEngine({
        db: second,
        clock,
        executor,
        caps: { prod: 2 },
        name: 'replica-b',
      });
      const policy = await createPolicy(a, clock, {
        entityRefs: dashboardRefs(1000),
        window: { start: '01:00', end: '02:00', timezone: 'Europe/Berlin' },
      });

      const claimedBy = { a: 0, b: 0 };
      const countClaims = (engine: typeof a, key: keyof typeof claimedBy) => {
        const tick = engine.dispatcher.tick.bind(engine.dispatcher);
        engine.dispatcher.tick = async () => {
          const claimed = await tick();
          claimedBy[key] += claimed.length;
          return claimed;
        };
      };
      countClaims(a, 'a');
      countClaims(b, 'b');

      await simulate({
        clock,
        engines: [a, b],
        executor,
        until: '2026-06-10T00:40:00Z',
        tickMs: 2_000,
        concurrent: true,
      });

      const runs = await a.plans.planRuns(policy.id, '2026-06-10');
      expect(runs).toHaveLength(1000);
      expect(runs.filter(run => run.status !== 'succeeded')).toEqual([]);
      const executed = executor.starts.map(start => start.run.id);
      expect(executed).toHaveLength(1000);
      expect(new Set(executed).size).toBe(1000);
      const records = await db('records').select('run_id');
      expect(records).toHaveLength(1000);
      expect(new Set(records.map(r => r.run_id)).size).toBe(1000);
      expect(executor.peakConcurrency).toBe(2);
      // Both replicas did real work.
      expect(claimedBy.a + claimedBy.b).toBe(1000);
      expect(Math.min(claimedBy.a, claimedBy.b)).toBeGreaterThan(50);
    },
  );
});

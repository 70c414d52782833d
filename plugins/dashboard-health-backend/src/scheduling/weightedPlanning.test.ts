import { Knex } from 'knex';
import { ControlledExecutor } from '../__testUtils__/ControlledExecutor';
import { SimulatedClock } from '../__testUtils__/SimulatedClock';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import {
  createPolicy,
  createTestEngine,
  simulate,
  TestEngine,
} from '../__testUtils__/testEngine';
import { migrateUp } from '../database/migrations';

jest.setTimeout(120_000);

const TICK_MS = 10_000;
const night = { start: '01:00', end: '02:00', timezone: 'UTC' };
const ref = (name: string) => `resource:default/${name}`;
const refs = ['heavy', 'l1', 'l2', 'l3', 'l4', 'l5'].map(ref);
// One heavy dashboard (9 min, under the run timeout) among light ones (1 min): 14 min of work in 1 h at cap 1.
const durationOf = (entityRef: string) =>
  entityRef === ref('heavy') ? 540_000 : 60_000;

async function learn(engine: TestEngine, entityRef: string, ms: number) {
  for (let i = 0; i < 3; i++) {
    await engine.durations.record(entityRef, ms, new Date());
  }
}

describe.each(createTestDatabases().eachSupportedId())(
  'weighted spacing on %p',
  databaseId => {
    const databases = createTestDatabases();
    let db: Knex;
    beforeEach(async () => {
      db = await databases.init(databaseId);
      await migrateUp(db);
    });
    afterEach(async () => {
      await db.destroy();
    });

    it('gives each dashboard a share of the window by its cost, so none starts late at cap 1', async () => {
      const clock = new SimulatedClock('2026-06-10T00:00:00Z');
      const executor = new ControlledExecutor(clock, {
        durationMs: run => durationOf(run.entityRef),
      });
      const engine = createTestEngine({
        db,
        clock,
        executor,
        caps: { prod: 1 },
      });
      for (const r of refs) await learn(engine, r, durationOf(r));
      const policy = await createPolicy(engine, clock, {
        entityRefs: refs,
        window: night,
        spacing: 'weighted',
      });

      const planned = await engine.plans.planRuns(policy.id, '2026-06-10');
      const at = new Map(
        planned.map(r => [r.entityRef, Date.parse(r.plannedAt)]),
      );
      const order = planned.map(r => r.entityRef);
      const heavyIndex = order.indexOf(ref('heavy'));
      // The gap after a slot (to the next one, or to the window end) is its dashboard's share: the heavy
      // one's is 9 times a light one's and longer than the heavy validation.
      const next =
        planned[heavyIndex + 1]?.plannedAt ?? '2026-06-10T02:00:00.000Z';
      expect(
        Date.parse(next) - Date.parse(planned[heavyIndex].plannedAt),
      ).toBeGreaterThanOrEqual(540_000);
      expect(at.size).toBe(6);

      await simulate({
        clock,
        engines: [engine],
        executor,
        until: '2026-06-10T02:30:00Z',
        tickMs: TICK_MS,
      });
      const runs = await engine.plans.planRuns(policy.id, '2026-06-10');
      expect(runs.every(r => r.status === 'succeeded')).toBe(true);
      const lateness = runs.map(
        r => Date.parse(r.startedAt!) - Date.parse(r.plannedAt),
      );
      expect(Math.max(...lateness)).toBeLessThanOrEqual(TICK_MS);
      expect(executor.peakConcurrency).toBe(1);
    });

    it('moves slots only when a cost changes by more than 25 % (hysteresis)', async () => {
      const clock = new SimulatedClock('2026-06-10T00:00:00Z');
      const executor = new ControlledExecutor(clock, { durationMs: 1000 });
      const engine = createTestEngine({
        db,
        clock,
        executor,
        caps: { prod: 1 },
      });
      for (const r of refs) await learn(engine, r, durationOf(r));
      const policy = await createPolicy(engine, clock, {
        entityRefs: refs,
        window: night,
        spacing: 'weighted',
      });
      const slots = async () =>
        (await engine.plans.planRuns(policy.id, '2026-06-10'))
          .filter(r => r.status === 'planned')
          .map(r => [r.entityRef, r.plannedAt]);
      const replan = async () => {
        clock.advance(1000);
        const edited = await engine.policies.update(
          policy.id,
          { ...policy, name: `${policy.name}.` },
          clock.now(),
        );
        await engine.planner.replan(edited!);
      };
      const first = await slots();

      // The heavy dashboard measured 20 % faster for a while: noise, nothing moves.
      await learn(engine, ref('heavy'), 440_000);
      await learn(engine, ref('heavy'), 440_000);
      await replan();
      expect(await slots()).toEqual(first);

      // Now it takes half as long for good: the plan follows.
      for (let i = 0; i < 4; i++) await learn(engine, ref('heavy'), 240_000);
      await replan();
      const moved = await slots();
      expect(moved).not.toEqual(first);
      expect(moved.map(([r]) => r)).toEqual(first.map(([r]) => r));
    });
  },
);

import fc from 'fast-check';
import { Knex } from 'knex';
import {
  isWindowDay,
  Window,
  windowBounds,
} from '@dashboard-health/plugin-dashboard-health-common';
import { ControlledExecutor } from '../../__testUtils__/ControlledExecutor';
import { SimulatedClock } from '../../__testUtils__/SimulatedClock';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import {
  createPolicy,
  createTestEngine,
  dashboardRefs,
  TestEngine,
} from '../../__testUtils__/testEngine';
import { migrateUp } from '../../database/migrations';

jest.setTimeout(300_000);

/**
 * Defect 5: an edit of window, days, time zone or dashboards cancels every planned, not started run that
 * is not in the new plan, whatever the time of day: nothing is planned outside the current window.
 */
describe('moving a window', () => {
  const databases = createTestDatabases();
  let db: Knex;

  beforeEach(async () => {
    db = await databases.init('SQLITE_3');
    await migrateUp(db);
  });

  afterEach(async () => {
    await db.destroy();
  });

  /** Planned runs that the policy as it is now would not plan: outside its window, days or dashboards. */
  async function strayRuns(engine: TestEngine, policyId: string) {
    const policy = (await engine.policies.get(policyId))!;
    const planned = await db('runs').where({
      policy_id: policyId,
      status: 'planned',
    });
    return planned.filter(run => {
      if (!policy.enabled) return true;
      if (!policy.entityRefs.includes(run.entity_ref)) return true;
      if (!isWindowDay(policy.window, run.plan_date)) return true;
      const bounds = windowBounds(policy.window, run.plan_date);
      const at = new Date(run.planned_at).getTime();
      return at < bounds.start.toMillis() || at > bounds.end.toMillis();
    });
  }

  it('moving 18:00–23:00 to 01:00–05:00 at 10:00 leaves each dashboard one run in the next day', async () => {
    const clock = new SimulatedClock('2026-06-10T08:00:00Z'); // 10:00 Berlin
    const executor = new ControlledExecutor(clock, { durationMs: 1 });
    const engine = createTestEngine({ db, clock, executor });
    const evening = { start: '18:00', end: '23:00', timezone: 'Europe/Berlin' };
    const policy = await createPolicy(engine, clock, {
      entityRefs: dashboardRefs(10),
      window: evening,
    });
    const moved = await engine.policies.update(
      policy.id,
      { ...policy, window: { ...evening, start: '01:00', end: '05:00' } },
      clock.now(),
    );
    await engine.planner.replan(moved!);

    const nextDay = await db('runs')
      .where({ policy_id: policy.id, status: 'planned' })
      .where('planned_at', '<', new Date('2026-06-11T08:00:00Z'));
    expect(nextDay).toHaveLength(10);
    expect(new Set(nextDay.map(run => run.entity_ref)).size).toBe(10);
    expect(await strayRuns(engine, policy.id)).toEqual([]);
  });

  const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC'];
  const hour = fc.integer({ min: 0, max: 23 });
  const windowArb = fc
    .record({
      start: hour,
      length: fc.integer({ min: 1, max: 8 }),
      timezone: fc.constantFrom(...zones),
      days: fc.option(
        fc.subarray(
          ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const,
          {
            minLength: 1,
          },
        ),
        { nil: undefined },
      ),
    })
    .map(({ start, length, timezone, days }): Window => {
      const pad = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
      const window: Window = {
        start: pad(start),
        end: pad(start + length),
        timezone,
      };
      return days ? { ...window, days: [...days] } : window;
    });
  const editArb = fc.record({
    afterMinutes: fc.integer({ min: 0, max: 30 * 60 }),
    window: fc.option(windowArb, { nil: undefined }),
    dashboards: fc.option(fc.subarray(dashboardRefs(6), { minLength: 1 }), {
      nil: undefined,
    }),
  });

  it('never leaves planned runs outside the current window over random edit sequences', async () => {
    await fc.assert(
      fc.asyncProperty(
        windowArb,
        fc.array(editArb, { minLength: 1, maxLength: 5 }),
        async (initial, edits) => {
          await db('runs').delete();
          await db('policy_plans').delete();
          await db('policies').delete();
          const clock = new SimulatedClock('2026-06-08T06:00:00Z');
          const executor = new ControlledExecutor(clock, { durationMs: 1 });
          const engine = createTestEngine({ db, clock, executor });
          let policy = await createPolicy(engine, clock, {
            entityRefs: dashboardRefs(6),
            window: initial,
          });
          for (const edit of edits) {
            clock.advance(edit.afterMinutes * 60_000);
            await engine.dispatcher.tick();
            clock.advance(1); // what started ends at once
            await engine.dispatcher.finished(executor.settle());
            await engine.planner.planAll();
            policy = (await engine.policies.update(
              policy.id,
              {
                ...policy,
                window: edit.window ?? policy.window,
                entityRefs: edit.dashboards ?? policy.entityRefs,
              },
              clock.now(),
            ))!;
            await engine.planner.replan(policy);
            expect(await strayRuns(engine, policy.id)).toEqual([]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

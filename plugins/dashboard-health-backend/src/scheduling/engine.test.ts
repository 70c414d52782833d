import { DateTime } from 'luxon';
import { Knex } from 'knex';
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

jest.setTimeout(120_000);

const TICK_MS = 10_000;
const berlinNight = { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' };

/**
 * The windowed engine end to end on a simulated clock: planner → runs table → dispatcher → executor →
 * records. SQLite here; the multi-replica test runs on PostgreSQL (concurrency.test.ts).
 */
describe('windowed execution engine', () => {
  const databases = createTestDatabases();
  let db: Knex;

  beforeEach(async () => {
    db = await databases.init('SQLITE_3');
    await migrateUp(db);
  });

  afterEach(async () => {
    await db.destroy();
  });

  it('starts 100 dashboards over 01:00–05:00 each within one tick + 1 s of its slot, under the cap', async () => {
    const clock = new SimulatedClock('2026-06-09T22:00:00Z'); // 00:00 Berlin
    const executor = new ControlledExecutor(clock, { durationMs: 200_000 });
    const engine = createTestEngine({ db, clock, executor, caps: { prod: 2 } });
    const policy = await createPolicy(engine, clock, {
      entityRefs: dashboardRefs(100),
      window: berlinNight,
    });

    await simulate({
      clock,
      engines: [engine],
      executor,
      until: '2026-06-10T03:30:00Z',
      tickMs: TICK_MS,
    });

    const runs = await engine.plans.planRuns(policy.id, '2026-06-10');
    expect(runs).toHaveLength(100);
    expect(runs.every(run => run.status === 'succeeded')).toBe(true);
    const lateness = runs.map(
      run => Date.parse(run.startedAt!) - Date.parse(run.plannedAt),
    );
    expect(Math.min(...lateness)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...lateness)).toBeLessThanOrEqual(TICK_MS + 1000);
    // 144 s apart, 200 s each: two overlap at times, never more than the cap.
    expect(executor.peakConcurrency).toBe(2);
    expect(await db('records').count({ n: '*' })).toEqual([{ n: 100 }]);
  });

  it('queues runs slower than the spacing in slot order, never above the cap, and misses the rest after the grace', async () => {
    const clock = new SimulatedClock('2026-06-09T22:00:00Z');
    // 12 dashboards in 1 h: a slot every 5 min, but each run takes 20 min and only one may run at a time.
    const executor = new ControlledExecutor(clock, { durationMs: 20 * 60_000 });
    const engine = createTestEngine({
      db,
      clock,
      executor,
      caps: { prod: 1 },
      gracePeriodMs: 30 * 60_000,
      runTimeoutMs: 60 * 60_000,
    });
    const policy = await createPolicy(engine, clock, {
      entityRefs: dashboardRefs(12),
      window: { start: '01:00', end: '02:00', timezone: 'Europe/Berlin' },
    });

    await simulate({
      clock,
      engines: [engine],
      executor,
      until: '2026-06-10T02:00:00Z',
      tickMs: TICK_MS,
    });

    const runs = await engine.plans.planRuns(policy.id, '2026-06-10');
    expect(executor.peakConcurrency).toBe(1);
    const started = runs.filter(run => run.startedAt);
    // Window 23:00–00:00Z plus 30 min grace: runs start at 23:02:30, 23:22:30, … the last start ≤ 00:30.
    expect(started.map(run => run.entityRef)).toEqual(
      runs.slice(0, started.length).map(run => run.entityRef),
    );
    const startTimes = started.map(run => Date.parse(run.startedAt!));
    expect([...startTimes].sort((a, b) => a - b)).toEqual(startTimes);
    expect(started.length).toBe(5);
    expect(started.every(run => run.status === 'succeeded')).toBe(true);
    const missed = runs.filter(run => run.status === 'missed');
    expect(missed).toHaveLength(7);
    expect(missed[0].reason).toMatch(/window end plus grace period/);
    expect(
      missed.every(
        run =>
          Date.parse(run.finishedAt!) >= Date.parse('2026-06-10T00:30:00Z'),
      ),
    ).toBe(true);
  });

  it('plans a spring-forward night in 3 h of real time and a cross-midnight window on the date it starts', async () => {
    const clock = new SimulatedClock('2026-03-28T12:00:00Z');
    const executor = new ControlledExecutor(clock, { durationMs: 1000 });
    const engine = createTestEngine({ db, clock, executor });
    const dst = await createPolicy(engine, clock, {
      entityRefs: dashboardRefs(3),
      window: berlinNight,
    });
    const overnight = await createPolicy(engine, clock, {
      entityRefs: dashboardRefs(4, 'night'),
      window: { start: '22:00', end: '02:00', timezone: 'Europe/Berlin' },
    });

    const dstRuns = await engine.plans.planRuns(dst.id, '2026-03-29');
    expect(dstRuns.map(run => run.plannedAt)).toEqual([
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-03-29T02:30:00.000Z',
    ]);
    // Saturday 22:00 CET to Sunday 02:00 CET... which is 03:00 CEST: still 4 h, the change is at 02:00.
    const nightRuns = await engine.plans.planRuns(overnight.id, '2026-03-28');
    expect(nightRuns.map(run => run.plannedAt)).toEqual([
      '2026-03-28T21:30:00.000Z',
      '2026-03-28T22:30:00.000Z',
      '2026-03-28T23:30:00.000Z',
      '2026-03-29T00:30:00.000Z',
    ]);

    await simulate({
      clock,
      engines: [engine],
      executor,
      until: '2026-03-29T04:00:00Z',
      tickMs: 60_000,
    });
    expect(await engine.runs.countByStatus()).toMatchObject({ succeeded: 7 });
  });

  it('plans only the days of week a window names, today and the next occurrence', async () => {
    // Tuesday 2026-06-09, noon in Berlin.
    const clock = new SimulatedClock('2026-06-09T10:00:00Z');
    const executor = new ControlledExecutor(clock, { durationMs: 1000 });
    const engine = createTestEngine({ db, clock, executor });
    const policy = await createPolicy(engine, clock, {
      entityRefs: dashboardRefs(2),
      window: { ...berlinNight, days: ['mon', 'thu'] },
    });
    const versions = await engine.plans.planVersions([policy.id]);
    expect([...versions.keys()].sort()).toEqual([
      `${policy.id}/2026-06-11`,
      `${policy.id}/2026-06-15`,
    ]);
    // The planner round adds nothing new until Thursday's window has passed.
    expect(await engine.planner.planAll()).toBe(0);
    clock.set('2026-06-11T04:00:00Z');
    expect(await engine.planner.planAll()).toBe(1);
    expect(
      [...(await engine.plans.planVersions([policy.id])).keys()].sort(),
    ).toContain(`${policy.id}/2026-06-18`);
  });

  it('re-plans an edit mid-window over what is left, leaving what ran alone', async () => {
    const clock = new SimulatedClock('2026-06-09T22:00:00Z');
    const executor = new ControlledExecutor(clock, { durationMs: 60_000 });
    const engine = createTestEngine({ db, clock, executor });
    const refs = dashboardRefs(8);
    const policy = await createPolicy(engine, clock, {
      entityRefs: refs,
      window: berlinNight,
    });
    // Half the window (01:00–03:00 Berlin) passes: 4 of 8 run.
    await simulate({
      clock,
      engines: [engine],
      executor,
      until: '2026-06-10T01:00:00Z',
      tickMs: TICK_MS,
    });
    const before = await engine.plans.planRuns(policy.id, '2026-06-10');
    const ran = before.filter(run => run.status === 'succeeded');
    expect(ran).toHaveLength(4);

    // Drop one dashboard that ran and one that has not; add two new ones.
    const notRun = before
      .filter(run => run.status === 'planned')
      .map(run => run.entityRef);
    const edited = await engine.policies.update(
      policy.id,
      {
        name: policy.name,
        environment: 'prod',
        enabled: true,
        notify: 'regressions',
        window: berlinNight,
        entityRefs: [
          ...refs.filter(ref => ref !== ran[0].entityRef && ref !== notRun[0]),
          'resource:default/new-a',
          'resource:default/new-b',
        ],
      },
      clock.now(),
    );
    await engine.planner.replan(edited!);

    const after = await engine.plans.planRuns(policy.id, '2026-06-10');
    const byRef = new Map(after.map(run => [run.entityRef, run]));
    // What ran keeps its run, even the dashboard dropped from the policy.
    for (const run of ran) expect(byRef.get(run.entityRef)).toEqual(run);
    expect(byRef.get(notRun[0])!.status).toBe('cancelled');
    // 3 old + 2 new left, spread over the 2 h left: one every 24 min from 03:00 Berlin.
    const planned = after.filter(run => run.status === 'planned');
    expect(planned.map(run => run.plannedAt)).toEqual([
      '2026-06-10T01:12:00.000Z',
      '2026-06-10T01:36:00.000Z',
      '2026-06-10T02:00:00.000Z',
      '2026-06-10T02:24:00.000Z',
      '2026-06-10T02:48:00.000Z',
    ]);

    await simulate({
      clock,
      engines: [engine],
      executor,
      until: '2026-06-10T03:30:00Z',
      tickMs: TICK_MS,
    });
    const final = await engine.plans.planRuns(policy.id, '2026-06-10');
    expect(final.filter(run => run.status === 'succeeded')).toHaveLength(9);
    expect(final.filter(run => run.status === 'cancelled')).toHaveLength(1);
    // The next night follows the new list too: the two dropped dashboards are cancelled there.
    const tomorrow = await engine.plans.planRuns(policy.id, '2026-06-11');
    expect(
      tomorrow
        .filter(run => run.status === 'cancelled')
        .map(run => run.entityRef)
        .sort(),
    ).toEqual([ran[0].entityRef, notRun[0]].sort());
    // Nobody ran twice.
    const started = executor.starts.map(start => start.run.entityRef);
    expect(new Set(started).size).toBe(started.length);
  });

  it('cancels the planned runs of a policy deleted or disabled mid-window', async () => {
    const clock = new SimulatedClock('2026-06-09T22:00:00Z');
    const executor = new ControlledExecutor(clock, { durationMs: 60_000 });
    const engine = createTestEngine({ db, clock, executor });
    const deleted = await createPolicy(engine, clock, {
      entityRefs: dashboardRefs(4),
      window: berlinNight,
    });
    const disabled = await createPolicy(engine, clock, {
      entityRefs: dashboardRefs(4, 'other'),
      window: berlinNight,
    });
    await simulate({
      clock,
      engines: [engine],
      executor,
      until: '2026-06-10T01:00:00Z',
      tickMs: TICK_MS,
    });

    await engine.planner.cancel(deleted.id, 'the policy was deleted');
    await engine.policies.delete(deleted.id);
    const off = await engine.policies.update(
      disabled.id,
      { ...disabled, enabled: false },
      clock.now(),
    );
    await engine.planner.replan(off!);
    await simulate({
      clock,
      engines: [engine],
      executor,
      until: '2026-06-11T04:00:00Z',
      tickMs: 60_000,
    });

    for (const policy of [deleted, disabled]) {
      const runs = await engine.plans.planRuns(policy.id, '2026-06-10');
      expect(runs.filter(r => r.status === 'succeeded')).toHaveLength(2);
      expect(runs.filter(r => r.status === 'cancelled')).toHaveLength(2);
      expect(
        (await engine.plans.planRuns(policy.id, '2026-06-11')).every(
          r => r.status === 'cancelled',
        ),
      ).toBe(true);
    }
    expect(executor.starts).toHaveLength(4);
    // The planner round does not bring them back.
    expect(await engine.planner.planAll()).toBe(0);
  });

  it('loses no slot and runs none twice when the backend restarts mid-window', async () => {
    const clock = new SimulatedClock('2026-06-09T22:00:00Z');
    // The first backend's validations never finish (so the cap of 2 holds the rest in the queue); after an
    // hour it dies while they run.
    const dying = new ControlledExecutor(clock, { durationMs: 0, hang: true });
    const first = createTestEngine({
      db,
      clock,
      executor: dying,
      name: 'first',
      leaseDurationMs: 120_000,
      runTimeoutMs: 24 * 3_600_000,
    });
    const policy = await createPolicy(first, clock, {
      entityRefs: dashboardRefs(40),
      window: berlinNight,
    });
    await simulate({
      clock,
      engines: [first],
      executor: dying,
      until: '2026-06-10T00:00:00Z',
      tickMs: TICK_MS,
    });
    const interrupted = first.dispatcher.running.map(run => run.entityRef);
    expect(interrupted.length).toBe(2); // at the cap
    dying.abandon(); // kill -9: no shutdown hook, no release

    // Half an hour later a new backend starts on the same database.
    clock.advance(30 * 60_000);
    const executor = new ControlledExecutor(clock, { durationMs: 30_000 });
    const second = createTestEngine({ db, clock, executor, name: 'second' });
    await simulate({
      clock,
      engines: [second],
      executor,
      until: '2026-06-10T04:00:00Z',
      tickMs: TICK_MS,
    });

    const runs = await second.plans.planRuns(policy.id, '2026-06-10');
    expect(runs).toHaveLength(40);
    expect(runs.filter(run => run.status !== 'succeeded')).toEqual([]);
    expect(runs.every(run => run.status === 'succeeded')).toBe(true);
    // The two interrupted runs were retried: attempt 2, and one record each.
    for (const ref of interrupted) {
      expect(runs.find(run => run.entityRef === ref)!.attempt).toBe(2);
    }
    const records = await db('records').select('entity_ref');
    expect(records).toHaveLength(40);
    expect(new Set(records.map(r => r.entity_ref)).size).toBe(40);
  });

  it('ends a run interrupted twice as error "interrupted" instead of retrying forever', async () => {
    const clock = new SimulatedClock('2026-06-10T00:00:00Z');
    const hang = new ControlledExecutor(clock, { durationMs: 0, hang: true });
    const engine = createTestEngine({
      db,
      clock,
      executor: hang,
      leaseDurationMs: 60_000,
    });
    const run = await engine.runs.createManualRun({
      id: 'run-manual',
      entityRef: 'resource:default/dash-1',
      environment: 'prod',
      gracePeriodMs: 3_600_000,
    });
    for (let attempt = 1; attempt <= 2; attempt++) {
      // A fresh process each time: a new lease owner whose runs hang and who never heartbeats.
      const process = createTestEngine({
        db,
        clock,
        executor: hang,
        name: `p${attempt}`,
        leaseDurationMs: 60_000,
      });
      expect((await process.dispatcher.tick()).map(r => r.id)).toEqual([
        run.id,
      ]);
      clock.advance(61_000);
      hang.abandon();
    }
    await engine.dispatcher.tick();
    expect(await engine.runs.get(run.id)).toMatchObject({
      status: 'error',
      attempt: 2,
      reason: expect.stringMatching(/^interrupted/),
    });
  });

  it('does not start, after a restart, runs older than the grace: they end missed', async () => {
    const clock = new SimulatedClock('2026-06-09T22:00:00Z');
    const executor = new ControlledExecutor(clock, { durationMs: 1000 });
    const engine = createTestEngine({
      db,
      clock,
      executor,
      gracePeriodMs: 10 * 60_000,
    });
    const policy = await createPolicy(engine, clock, {
      entityRefs: dashboardRefs(4),
      window: berlinNight,
    });
    // No backend runs the whole night; it comes back at 05:05 Berlin, inside the grace …
    clock.set('2026-06-10T03:05:00Z');
    const restarted = createTestEngine({
      db,
      clock,
      executor,
      gracePeriodMs: 10 * 60_000,
    });
    await restarted.dispatcher.tick();
    // … so the overdue runs start (throttled to the cap of 2), …
    expect(executor.running).toBe(2);
    // … but at 05:11 what has not started is past the grace.
    clock.set('2026-06-10T03:11:00Z');
    await restarted.dispatcher.finished(executor.settle());
    await restarted.dispatcher.tick();
    const runs = await engine.plans.planRuns(policy.id, '2026-06-10');
    expect(runs.map(run => run.status).sort()).toEqual([
      'missed',
      'missed',
      'succeeded',
      'succeeded',
    ]);
    expect(DateTime.fromISO(runs[0].deadlineAt!).toUTC().toISO()).toBe(
      '2026-06-10T03:10:00.000Z',
    );
  });
});

import { Knex } from 'knex';
import { ControlledExecutor } from '../../__testUtils__/ControlledExecutor';
import { SimulatedClock } from '../../__testUtils__/SimulatedClock';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import {
  createTestEngine,
  manualRun,
  simulate,
} from '../../__testUtils__/testEngine';
import { migrateUp } from '../../database/migrations';

jest.setTimeout(60_000);

/**
 * Defect 2: every claim has its own lease token. An execution whose lease lapsed can neither finish the
 * run's next attempt nor unhook it, and a replica that cannot renew its leases stops before anyone else
 * may take the run over, so the cap holds.
 */
describe('lease fencing', () => {
  const databases = createTestDatabases();
  let db: Knex;

  beforeEach(async () => {
    db = await databases.init('SQLITE_3');
    await migrateUp(db);
  });

  afterEach(async () => {
    await db.destroy();
  });

  it('rejects the finish of an execution whose run the same process has claimed again', async () => {
    const clock = new SimulatedClock('2026-06-10T00:00:00Z');
    const executor = new ControlledExecutor(clock, { durationMs: 100_000 });
    const engine = createTestEngine({
      db,
      clock,
      executor,
      leaseDurationMs: 60_000,
    });
    const run = await engine.runs.createManualRun(manualRun('r1'));
    await engine.dispatcher.tick();

    // No heartbeat for longer than the lease (an event-loop stall): the next tick takes the run back and
    // this same process claims it again, as a second attempt.
    clock.advance(61_000);
    const again = await engine.dispatcher.tick();
    expect(again.map(r => r.id)).toEqual([run.id]);
    expect(again[0].attempt).toBe(2);

    // The first execution ends now; the second is still running. (Waiting for "all executions of r1" would
    // wait for the second too, so the test waits for the first one's finish call itself.)
    const finishes: Array<Promise<boolean>> = [];
    const firstFinish = new Promise<void>(called => {
      const finish = engine.runs.finish.bind(engine.runs);
      engine.runs.finish = (...args) => {
        finishes.push(finish(...args));
        called();
        return finishes[finishes.length - 1];
      };
    });
    clock.advance(40_000);
    expect(executor.settle()).toEqual([run.id]);
    await firstFinish;
    expect(await finishes[0]).toBe(false);
    await new Promise(setImmediate); // the first execution's own clean-up
    expect(await engine.runs.get(run.id)).toMatchObject({
      status: 'running',
      attempt: 2,
    });
    expect(await db('records')).toHaveLength(0);
    expect(engine.dispatcher.running.map(r => r.id)).toEqual([run.id]);

    // The second execution is still tracked: it heartbeats, and its own finish is the one stored.
    clock.advance(61_000);
    await engine.dispatcher.heartbeat();
    await engine.dispatcher.finished(executor.settle());
    expect(await engine.runs.get(run.id)).toMatchObject({
      status: 'succeeded',
      attempt: 2,
    });
    expect(await db('records').where({ run_id: run.id })).toHaveLength(1);
  });

  it("keeps Superset at the cap when a replica's lease renewals fail while it lives", async () => {
    const clock = new SimulatedClock('2026-06-10T00:00:00Z');
    // The executor stands for Superset: it counts validations in flight until they end or are aborted.
    const executor = new ControlledExecutor(clock, { durationMs: 10 * 60_000 });
    const options = {
      db,
      clock,
      executor,
      caps: { prod: 1 },
      leaseDurationMs: 120_000,
      runTimeoutMs: 3_600_000,
    };
    const a = createTestEngine({ ...options, name: 'replica-a' });
    const b = createTestEngine({ ...options, name: 'replica-b' });
    await a.runs.createManualRun(manualRun('r1'));
    await a.runs.createManualRun(manualRun('r2'));
    expect(await a.dispatcher.tick()).toHaveLength(1);

    // Replica a loses its database (failover, exhausted pool) but lives on: every statement it sends fails.
    // Its scheduled tasks fail and are called again, as the Backstage scheduler does.
    const down = async () => {
      throw new Error('Connection terminated unexpectedly');
    };
    a.runs.extendLease = down;
    a.runs.probe = down;
    a.runs.dispatch = down;
    a.runs.finish = down;
    const tick = a.dispatcher.tick.bind(a.dispatcher);
    a.dispatcher.tick = () => tick().catch(() => []);

    await simulate({
      clock,
      engines: [a, b],
      executor,
      until: '2026-06-10T00:40:00Z',
      tickMs: 10_000,
    });

    expect(executor.peakConcurrency).toBe(1);
    const runs = await db('runs').orderBy('id');
    expect(runs.map(r => [r.id, r.status])).toEqual([
      ['r1', 'succeeded'],
      ['r2', 'succeeded'],
    ]);
    // r1 was taken over after a gave it up: one record per run, none from the abandoned execution.
    expect(runs.map(r => Number(r.attempt))).toEqual([2, 1]);
    expect(a.logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('its lease could not be renewed'),
    );
    expect((await db('records')).map(r => r.run_id).sort()).toEqual([
      'r1',
      'r2',
    ]);
  });
});

import { Knex } from 'knex';
import { ControlledExecutor } from '../../__testUtils__/ControlledExecutor';
import { SimulatedClock } from '../../__testUtils__/SimulatedClock';
import { createTestDatabases } from '../../__testUtils__/testDatabases';
import { createTestEngine } from '../../__testUtils__/testEngine';
import { migrateUp } from '../../database/migrations';
import { RunExecutor } from '../RunExecutor';

jest.setTimeout(60_000);

const REF = 'resource:default/dash-1';

/**
 * Defect 6: a run that ends without a normal validation writes an `error` record with its reason, so the
 * dashboard's latest outcome no longer shows the last `pass` as if it were current.
 */
describe('runs that cannot finish a validation', () => {
  const databases = createTestDatabases();
  let db: Knex;
  let clock: SimulatedClock;

  beforeEach(async () => {
    db = await databases.init('SQLITE_3');
    await migrateUp(db);
    clock = new SimulatedClock('2026-06-10T00:00:00Z');
  });

  afterEach(async () => {
    await db.destroy();
  });

  const manual = (id: string) => ({
    id,
    entityRef: REF,
    environment: 'prod',
    gracePeriodMs: 3_600_000,
  });

  /** A passing validation first, so there is a last completed check to fall back on. */
  async function withPassingHistory(
    engine: ReturnType<typeof createTestEngine>,
  ) {
    const pass = new ControlledExecutor(clock, { durationMs: 1_000 });
    const first = createTestEngine({ db, clock, executor: pass });
    await first.runs.createManualRun(manual('r-pass'));
    await first.dispatcher.tick();
    clock.advance(1_000);
    await first.dispatcher.finished(pass.settle());
    expect((await engine.records.latest(REF))?.status).toBe('pass');
  }

  async function expectErrorRecord(runId: string, reason: RegExp) {
    const run = await db('runs').where({ id: runId }).first();
    expect(run.status).toBe('error');
    const records = await db('records').where({ run_id: runId });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'error', entity_ref: REF });
    expect(records[0].summary).toMatch(reason);
    expect(run.record_id).toBe(records[0].id);
    const health = await db('entity_health').where({ entity_ref: REF }).first();
    expect(health).toMatchObject({ status: 'error', record_id: records[0].id });
  }

  it('records the run timeout', async () => {
    const hang = new ControlledExecutor(clock, { durationMs: 0, hang: true });
    const engine = createTestEngine({
      db,
      clock,
      executor: hang,
      runTimeoutMs: 10 * 60_000,
    });
    await withPassingHistory(engine);
    await engine.runs.createManualRun(manual('r-timeout'));
    await engine.dispatcher.tick();
    for (let i = 0; i < 62; i++) {
      clock.advance(10_000);
      await engine.dispatcher.heartbeat();
    }
    await engine.dispatcher.finished(['r-timeout']);
    await expectErrorRecord('r-timeout', /10 min/);
  });

  it('records an executor that throws', async () => {
    const throwing: RunExecutor = {
      execute: async () => {
        throw new Error('socket hang up');
      },
    };
    const engine = createTestEngine({ db, clock, executor: throwing });
    await withPassingHistory(engine);
    await engine.runs.createManualRun(manual('r-throw'));
    await engine.dispatcher.tick();
    await engine.dispatcher.finished(['r-throw']);
    await expectErrorRecord('r-throw', /socket hang up/);
  });

  it('records a dashboard that left the catalog', async () => {
    const engine = createTestEngine({
      db,
      clock,
      executor: new ControlledExecutor(clock, { durationMs: 1 }),
      loadEntity: async () => undefined,
    });
    await withPassingHistory(engine);
    await engine.runs.createManualRun(manual('r-gone'));
    await engine.dispatcher.tick();
    await engine.dispatcher.finished(['r-gone']);
    await expectErrorRecord('r-gone', /no longer in the catalog/);
  });

  it('records a run interrupted twice', async () => {
    const hang = new ControlledExecutor(clock, { durationMs: 0, hang: true });
    const engine = createTestEngine({ db, clock, executor: hang });
    await withPassingHistory(engine);
    await engine.runs.createManualRun(manual('r-interrupted'));
    for (let attempt = 1; attempt <= 2; attempt++) {
      // A fresh process each time that dies mid-run: it never heartbeats.
      const process = createTestEngine({
        db,
        clock,
        executor: hang,
        name: `p${attempt}`,
        leaseDurationMs: 60_000,
      });
      await process.dispatcher.tick();
      clock.advance(61_000);
      hang.abandon();
    }
    await engine.dispatcher.tick();
    await expectErrorRecord('r-interrupted', /^interrupted/);
  });
});

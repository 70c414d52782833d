/*
 * Fairness: a 10,000-run backlog on instance A (cap 1) and a 100-dashboard night on instance B (cap 2),
 * on the simulated clock, with the claim as it is and with the claim as it was (200 oldest due runs overall).
 * B's start lateness shows whether A's backlog holds B back. Run: bash bench/run.sh fairness
 */
import knexFactory, { Knex } from 'knex';
import { ControlledExecutor } from '../plugins/dashboard-health-backend/src/__testUtils__/ControlledExecutor';
import { SimulatedClock } from '../plugins/dashboard-health-backend/src/__testUtils__/SimulatedClock';
import {
  createPolicy,
  dashboardEntity,
  dashboardRefs,
  simulate,
} from '../plugins/dashboard-health-backend/src/__testUtils__/testEngine';
import { databaseTimeFrom } from '../plugins/dashboard-health-backend/src/database/DatabaseTime';
import { migrateUp } from '../plugins/dashboard-health-backend/src/database/migrations';
import {
  createEngine,
  createEngineStores,
} from '../plugins/dashboard-health-backend/src/engine/createEngine';
import { legacyDispatch } from './legacyDispatch';
import { quietLogger } from './quietLogger';
import { report } from './report';

const TICK_MS = 10_000;
const BACKLOG = 10_000;
const NIGHT = 100;

async function scenario(claim: 'current' | 'legacy') {
  const db: Knex = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
    pool: { min: 1, max: 1 },
  });
  await migrateUp(db);
  const clock = new SimulatedClock('2026-06-09T23:00:00Z');
  const executor = new ControlledExecutor(clock, { durationMs: 60_000 });
  const stores = createEngineStores(db, databaseTimeFrom(clock));
  if (claim === 'legacy')
    stores.runs.dispatch = legacyDispatch(db, () => clock.now());
  const engine = createEngine({
    stores,
    clock,
    executor,
    resolveDashboards: async policy => policy.entityRefs,
    loadEntity: async ref => dashboardEntity(ref.split('/')[1]),
    environmentCaps: new Map([
      ['a', 1],
      ['b', 2],
    ]),
    gracePeriodMs: 6 * 3_600_000,
    leaseDurationMs: 120_000,
    runTimeoutMs: 600_000,
    logger: quietLogger,
  });
  // A's backlog: 10,000 slots between 23:00 and 00:00, far more than cap 1 can work through.
  await createPolicy(engine, clock, {
    name: 'A backlog',
    environment: 'a',
    entityRefs: dashboardRefs(BACKLOG, 'a'),
    window: { start: '23:00', end: '00:00', timezone: 'UTC' },
    notify: 'off',
  });
  const night = await createPolicy(engine, clock, {
    name: 'B nightly',
    environment: 'b',
    entityRefs: dashboardRefs(NIGHT, 'b'),
    window: { start: '00:00', end: '04:00', timezone: 'UTC' },
    notify: 'off',
  });
  await simulate({
    clock,
    engines: [engine],
    executor,
    until: '2026-06-10T04:30:00Z',
    tickMs: TICK_MS,
  });
  const runs = await engine.plans.planRuns(night.id, '2026-06-10');
  const lateness = runs
    .filter(run => run.startedAt)
    .map(run => (Date.parse(run.startedAt!) - Date.parse(run.plannedAt)) / 1000)
    .sort((x, y) => x - y);
  const at = (p: number) =>
    lateness.length
      ? lateness[Math.ceil((p / 100) * lateness.length) - 1]
      : null;
  await db.destroy();
  return {
    bStarted: lateness.length,
    bMissed: runs.filter(run => run.status === 'missed').length,
    bLatenessS: { p50: at(50), p99: at(99), max: at(100) },
    aStarted: executor.starts.filter(s => s.run.environment === 'a').length,
  };
}

async function main() {
  report('fairness', {
    tickS: TICK_MS / 1000,
    backlogOnA: BACKLOG,
    nightOnB: NIGHT,
    current: await scenario('current'),
    legacy: await scenario('legacy'),
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

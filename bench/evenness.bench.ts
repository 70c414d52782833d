/*
 * Evenness: planned vs actual start over a 100-dashboard window on the simulated clock, against a naive
 * "all at window start" schedule. Run: bash bench/run.sh evenness
 *
 * Everything runs on the engine's real stores, planner and dispatcher over in-memory SQLite, driven by the
 * test helpers' simulate() (10 s ticks) with a ControlledExecutor whose validations take 90 s of simulated
 * time, so the figures are exact and do not depend on how busy this machine is.
 */
import { windowBounds } from '@dashboard-health/plugin-dashboard-health-common';
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
  Engine,
} from '../plugins/dashboard-health-backend/src/engine/createEngine';
import { quietLogger } from './quietLogger';
import { report } from './report';

const DASHBOARDS = 100;
const RUN_MS = 90_000;
const TICK_MS = 10_000;
const CAP = 2;
const GRACE_MS = 30 * 60_000;
const WINDOW = { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' };
// An ordinary (no DST change) night; the clock starts at 00:00 Berlin, an hour before the window opens.
const DATE = '2026-06-10';
const CLOCK_START = '2026-06-09T22:00:00Z';

const bounds = windowBounds(WINDOW, DATE);
const windowStart = bounds.start.toJSDate();
const windowEnd = bounds.end.toJSDate();
// Until the deadline (window end + grace): anything still queued by then would be `missed`, which the
// figures must show rather than cut off. Tomorrow's window (also materialised by the planner) is not reached.
const until = new Date(windowEnd.getTime() + GRACE_MS);

/** The engine from the plugin's own factory, with the test helpers' defaults: 120 s lease, 10 min run timeout. */
function benchEngine(
  db: Knex,
  clock: SimulatedClock,
  executor: ControlledExecutor,
  cap: number,
): Engine {
  return createEngine({
    stores: createEngineStores(db, databaseTimeFrom(clock)),
    clock,
    executor,
    resolveDashboards: async policy => policy.entityRefs,
    loadEntity: async ref => dashboardEntity(ref.split('/')[1]),
    environmentCaps: new Map([['prod', cap]]),
    gracePeriodMs: GRACE_MS,
    leaseDurationMs: 120_000,
    runTimeoutMs: 600_000,
    leaseOwner: 'bench-engine',
    logger: quietLogger,
  });
}

async function freshDatabase(): Promise<Knex> {
  // One connection: an in-memory SQLite database exists per connection.
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
    pool: { min: 1, max: 1 },
  });
  await migrateUp(db);
  return db;
}

/** Nearest-rank percentile (no interpolation), so every figure is a start that really happened. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

type Schedule = 'planned' | 'naive';

async function scenario(schedule: Schedule, cap: number) {
  const db = await freshDatabase();
  const clock = new SimulatedClock(CLOCK_START);
  const executor = new ControlledExecutor(clock, { durationMs: RUN_MS });
  const engine = benchEngine(db, clock, executor, cap);
  const refs = dashboardRefs(DASHBOARDS);

  let policyId: string;
  if (schedule === 'planned') {
    // As POST /policies does: create, then the planner spreads the dashboards over the window.
    policyId = (
      await createPolicy(engine, clock, {
        entityRefs: refs,
        window: WINDOW,
        notify: 'off',
      })
    ).id;
  } else {
    // The naive schedule: the policy exists (a plan is stored only from its current version), but its plan puts every
    // dashboard at the window start, stored through the same run store so the dispatcher path is identical.
    const policy = await engine.policies.create(
      {
        name: 'Nightly prod',
        environment: 'prod',
        enabled: true,
        entityRefs: refs,
        window: WINDOW,
        notify: 'off',
      },
      { id: 'pol-naive', now: clock.now() },
    );
    policyId = policy.id;
    await engine.plans.storePlan({
      policyId,
      planDate: DATE,
      environment: 'prod',
      policyVersion: policy.updatedAt,
      windowStart,
      windowEnd,
      deadline: until,
      slots: refs.map(entityRef => ({
        entityRef,
        plannedAt: windowStart.toISOString(),
      })),
      now: clock.now(),
    });
  }

  await simulate({
    clock,
    engines: [engine],
    executor,
    until,
    tickMs: TICK_MS,
  });

  const runs = await engine.plans.planRuns(policyId, DATE);
  // Sanity: every run of the night started exactly once (no double claim, nothing lost or missed).
  const startsByRun = new Map<string, number>();
  for (const start of executor.starts) {
    startsByRun.set(start.run.id, (startsByRun.get(start.run.id) ?? 0) + 1);
  }
  if (runs.length !== DASHBOARDS) {
    throw new Error(
      `${schedule}/cap ${cap}: ${runs.length} runs planned, expected ${DASHBOARDS}`,
    );
  }
  for (const run of runs) {
    if (startsByRun.get(run.id) !== 1) {
      throw new Error(
        `${schedule}/cap ${cap}: run ${run.id} started ${
          startsByRun.get(run.id) ?? 0
        } times`,
      );
    }
  }
  if (executor.starts.length !== DASHBOARDS) {
    throw new Error(
      `${schedule}/cap ${cap}: ${executor.starts.length} starts, expected ${DASHBOARDS}`,
    );
  }

  // Deviation = actual start (when the executor was called, i.e. when Superset starts seeing load) minus
  // the slot the run was planned at.
  const deviations = executor.starts
    .map(start => start.at - Date.parse(start.run.plannedAt))
    .sort((a, b) => a - b);
  const startTimes = executor.starts.map(start => start.at);
  const statuses = await engine.runs.countByStatus();
  await db.destroy();

  const seconds = (ms: number) => ms / 1000;
  return {
    runs: runs.length,
    cap,
    minDeviationS: seconds(deviations[0]),
    medianDeviationS: seconds(percentile(deviations, 50)),
    p99DeviationS: seconds(percentile(deviations, 99)),
    maxDeviationS: seconds(deviations[deviations.length - 1]),
    peakConcurrency: executor.peakConcurrency,
    firstStartAfterWindowStartS: seconds(
      Math.min(...startTimes) - windowStart.getTime(),
    ),
    lastStartAfterWindowStartS: seconds(
      Math.max(...startTimes) - windowStart.getTime(),
    ),
    // When the last validation ended, relative to the window end (negative: inside the window).
    lastFinishVsWindowEndS: seconds(
      Math.max(...startTimes) + RUN_MS - windowEnd.getTime(),
    ),
    statuses,
  };
}

async function main() {
  const planned = await scenario('planned', CAP);
  const naive = await scenario('naive', CAP);
  const naiveUncapped = await scenario('naive', DASHBOARDS);
  report('evenness', {
    dashboards: DASHBOARDS,
    window: `${WINDOW.start}–${WINDOW.end} ${WINDOW.timezone} on ${DATE}`,
    runDurationS: RUN_MS / 1000,
    tickS: TICK_MS / 1000,
    deviation:
      'actual start − planned start, seconds; percentiles nearest-rank',
    // The planner materialises tonight's and tomorrow's window, so the planned case's table also holds
    // tomorrow's 100 runs, still `planned`; every other figure is tonight's 100.
    statuses: 'runs table at the end, by status (tomorrow included)',
    planned,
    naive: {
      ...naive,
      // Every naive run was planned at the window start, so the largest deviation is the last one's wait.
      lastWaitedS: naive.maxDeviationS,
    },
    naiveUncapped: {
      ...naiveUncapped,
      note: 'all at window start with cap = 100: the concurrency Superset would see without a cap',
    },
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

/*
 * Even vs cost-weighted spacing (issue 14 §2), side by side in one run: 100 dashboards whose validations
 * take heavy-tailed times (log-normal, median 40 s, p99 10 min; seeded, so every run of the bench is the
 * same night) over 01:00–05:00 Europe/Berlin at cap 1 and cap 2. Run: bash bench/run.sh weighted
 *
 * The engine's real stores, planner and dispatcher over in-memory SQLite on the simulated clock (10 s
 * ticks); each dashboard has five earlier validations in the rolling duration aggregate (its true cost with
 * ±10 % noise), and tonight's run takes its true cost with fresh noise. Figures: start lateness (actual −
 * planned) p50/p99/max, peak concurrency, runs missed.
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
} from '../plugins/dashboard-health-backend/src/engine/createEngine';
import { createPrng, logNormalSampler } from './seededRandom';
import { quietLogger } from './quietLogger';
import { report } from './report';

const DASHBOARDS = 100;
const TICK_MS = 10_000;
const GRACE_MS = 30 * 60_000;
const HISTORY = 5;
const NOISE_SIGMA = 0.1;
const WINDOW = { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' };
const DATE = '2026-06-10';
const CLOCK_START = '2026-06-09T22:00:00Z';
const SEED = 14;

const bounds = windowBounds(WINDOW, DATE);
const until = new Date(bounds.end.toMillis() + GRACE_MS);
const refs = dashboardRefs(DASHBOARDS);

/** Each dashboard's true cost, its history and tonight's duration: the same for every scenario. */
function night() {
  const random = createPrng(SEED);
  // Median 40 s, p99 600 s: σ = ln(600 / 40) / z(0.99).
  const cost = logNormalSampler(random, 40_000, Math.log(15) / 2.3263);
  const noise = logNormalSampler(random, 1, NOISE_SIGMA);
  return refs.map(entityRef => {
    const trueMs = cost();
    return {
      entityRef,
      trueMs,
      historyMs: Array.from({ length: HISTORY }, () => trueMs * noise()),
      tonightMs: Math.round(trueMs * noise()),
    };
  });
}

async function freshDatabase(): Promise<Knex> {
  const db = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
    pool: { min: 1, max: 1 },
  });
  await migrateUp(db);
  return db;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function scenario(
  spacing: 'even' | 'weighted',
  cap: number,
  dashboards: ReturnType<typeof night>,
) {
  const db = await freshDatabase();
  const clock = new SimulatedClock(CLOCK_START);
  const tonight = new Map(dashboards.map(d => [d.entityRef, d.tonightMs]));
  const executor = new ControlledExecutor(clock, {
    durationMs: run => tonight.get(run.entityRef)!,
  });
  const engine = createEngine({
    stores: createEngineStores(db, databaseTimeFrom(clock)),
    clock,
    executor,
    resolveDashboards: async policy => policy.entityRefs,
    loadEntity: async ref => dashboardEntity(ref.split('/')[1]),
    environmentCaps: new Map([['prod', cap]]),
    gracePeriodMs: GRACE_MS,
    leaseDurationMs: 120_000,
    // Longer than the longest validation: the bench measures spacing, not timeouts.
    runTimeoutMs: 4 * 3600_000,
    leaseOwner: 'bench-engine',
    logger: quietLogger,
  });
  for (const d of dashboards) {
    for (const ms of d.historyMs) {
      await engine.durations.record(d.entityRef, ms, clock.now());
    }
  }
  const policy = await createPolicy(engine, clock, {
    entityRefs: refs,
    window: WINDOW,
    notify: 'off',
    spacing,
  });
  const planned = await engine.plans.planRuns(policy.id, DATE);
  const forecast = await engine.forecaster.forecast({
    environment: 'prod',
    policyId: policy.id,
    slots: planned,
    startMs: bounds.start.toMillis(),
    endMs: bounds.end.toMillis(),
  });

  await simulate({
    clock,
    engines: [engine],
    executor,
    until,
    tickMs: TICK_MS,
  });

  const runs = await engine.plans.planRuns(policy.id, DATE);
  const started = runs.filter(run => run.startedAt);
  const lateness = started
    .map(run => Date.parse(run.startedAt!) - Date.parse(run.plannedAt))
    .sort((a, b) => a - b);
  await db.destroy();
  const s = (ms: number) => Math.round(ms / 100) / 10;
  return {
    spacing,
    cap,
    latenessP50S: s(percentile(lateness, 50)),
    latenessP99S: s(percentile(lateness, 99)),
    latenessMaxS: s(lateness[lateness.length - 1]),
    peakConcurrency: executor.peakConcurrency,
    missed: runs.filter(run => run.status === 'missed').length,
    succeeded: runs.filter(run => run.status === 'succeeded').length,
    forecast: {
      busyS: Math.round(forecast.busySeconds),
      capacityS: forecast.capacitySeconds,
      fits: forecast.fits,
      expectedMissed: forecast.expectedMissed,
    },
  };
}

async function main() {
  const dashboards = night();
  const sorted = dashboards.map(d => d.trueMs).sort((a, b) => a - b);
  const results = [];
  for (const cap of [1, 2]) {
    for (const spacing of ['even', 'weighted'] as const) {
      results.push(await scenario(spacing, cap, dashboards));
    }
  }
  console.log(
    '| spacing | cap | lateness p50 | p99 | max | peak | missed | forecast fits |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.spacing} | ${r.cap} | ${r.latenessP50S} s | ${r.latenessP99S} s | ${r.latenessMaxS} s | ` +
        `${r.peakConcurrency} | ${r.missed} | ${r.forecast.fits} |`,
    );
  }
  report('weighted', {
    dashboards: DASHBOARDS,
    window: `${WINDOW.start}–${WINDOW.end} ${WINDOW.timezone} on ${DATE}`,
    tickS: TICK_MS / 1000,
    costs: {
      medianS: Math.round(percentile(sorted, 50) / 1000),
      p99S: Math.round(percentile(sorted, 99) / 1000),
      maxS: Math.round(sorted[sorted.length - 1] / 1000),
      totalS: Math.round(sorted.reduce((a, b) => a + b, 0) / 1000),
    },
    results,
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

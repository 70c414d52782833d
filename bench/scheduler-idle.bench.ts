/*
 * Idle scheduler database work per minute on PostgreSQL, with 10 and with 10,000 dashboards, for
 *   a/b) this plugin's engine: the fixed set of tasks scheduleEngineTasks registers (planner, dispatcher,
 *        heartbeat, retention) around the runs table;
 *   c/d) the one-task-per-dashboard pattern (Lighthouse): one global cron scheduler task per dashboard;
 * all on the real Backstage scheduler (DefaultSchedulerService), plus each setup's startup time.
 * Run: bash bench/run.sh scheduler-idle   (needs the local PostgreSQL: source scripts/postgres.sh)
 *
 * Each scenario gets its own fresh database, so PostgreSQL's per-database counters (pg_stat_database:
 * tup_returned + tup_fetched = rows read, xact_commit) belong to that scenario alone. Statements are counted
 * client-side from knex's 'query' event on the one knex the scenario's plugin uses (scheduler and stores
 * share it, as they share the plugin database client in a backend). "Idle": tonight's window opens hours
 * after the measurement, so nothing is due and the executor is never called.
 *
 * Startups run one after another, each timed alone; the scenarios then idle side by side, each measured over
 * its own window. Overlapping windows do not mix the figures (every counter is per database or per knex) and
 * keep the whole bench within a few minutes despite a warm-up long enough for steady state.
 */
import { ConfigReader } from '@backstage/config';
import {
  DatabaseService,
  resolvePackagePath,
  RootLifecycleService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { DefaultSchedulerService } from '@backstage/backend-defaults/scheduler';
import { mockServices } from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import { DateTime } from 'luxon';
import {
  dashboardEntity,
  dashboardRefs,
} from '../plugins/dashboard-health-backend/src/__testUtils__/testEngine';
import { systemClock } from '../plugins/dashboard-health-backend/src/clock';
import { readDashboardHealthConfig } from '../plugins/dashboard-health-backend/src/config';
import { migrateUp } from '../plugins/dashboard-health-backend/src/database/migrations';
import {
  createEngine,
  createEngineStores,
} from '../plugins/dashboard-health-backend/src/engine/createEngine';
import { applyRetention } from '../plugins/dashboard-health-backend/src/retention/applyRetention';
import { Dispatcher } from '../plugins/dashboard-health-backend/src/scheduling/Dispatcher';
import { RunExecutor } from '../plugins/dashboard-health-backend/src/scheduling/RunExecutor';
import { scheduleEngineTasks } from '../plugins/dashboard-health-backend/src/scheduling/tasks';
import { report } from './report';

const SMALL = 10;
const LARGE = 10_000;
// Between startup and the window. It covers the planner's first round (5 s initial delay), PostgreSQL's 10 s
// idle-stats flush (what setup left pending in a backend's local counters is published before the first
// snapshot) and, above all, every pooled connection's first use after the setup's ANALYZE: a connection
// reloads its relation and statistics caches then (hundreds of catalog rows, once). With a 12 s warm-up that
// reload landed in the window in some runs; after 45 s it had not (3 catalog rows/min left).
const WARM_UP_MS = Number(process.env.BENCH_IDLE_WARM_UP_S ?? 45) * 1000;
// A whole minute: the dispatcher (10 s), the scheduler's state poll (5 s) and its janitor (1 min) all complete
// whole periods, so each appears in the window as often as it does per minute.
const WINDOW_MS = Number(process.env.BENCH_IDLE_WINDOW_S ?? 60) * 1000;

const baseUrl =
  Object.entries(process.env).find(([key]) =>
    /^BACKSTAGE_TEST_DATABASE_POSTGRES\d+_CONNECTION_STRING$/.test(key),
  )?.[1] ?? 'postgresql://postgres@127.0.0.1:5432';

function connectionTo(database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
const silentLogger = () => mockServices.rootLogger({ level: 'none' }).child({});

/** The scheduler wants a MetricsService; instruments that record nothing keep it out of the measurement. */
function noopMetrics(): any {
  const instrument = {
    add() {},
    record() {},
    addCallback() {},
    removeCallback() {},
  };
  return new Proxy({}, { get: () => () => instrument });
}

/** A root lifecycle the bench can end: shutdown hooks stop the scheduler's workers, poller and janitor. */
function benchLifecycle() {
  const hooks: Array<() => void | Promise<void>> = [];
  const lifecycle = {
    addStartupHook() {},
    addBeforeShutdownHook() {},
    addShutdownHook(hook: any) {
      hooks.push(typeof hook === 'function' ? hook : hook.fn);
    },
  } as unknown as RootLifecycleService;
  return {
    lifecycle,
    async shutdown() {
      for (const hook of hooks) await hook();
    },
  };
}

/** Collapses bind lists so one statement shape is one key whatever the number of ids it binds. */
function shapeOf(sql: string): string {
  return sql
    .replace(/\$\d+/g, '?')
    .replace(/\?(\s*,\s*\?)+/g, '?…')
    .replace(/\s+/g, ' ')
    .slice(0, 220);
}

/** Counts every statement a knex sends, and by shape while `recording` (the measurement window). */
function countStatements(knex: Knex) {
  const counter = {
    total: 0,
    recording: false,
    shapes: new Map<string, number>(),
  };
  knex.on('query', (query: { sql: string }) => {
    counter.total++;
    if (counter.recording) {
      const shape = shapeOf(query.sql);
      counter.shapes.set(shape, (counter.shapes.get(shape) ?? 0) + 1);
    }
  });
  return counter;
}

// In the `postgres` database: creating, dropping and reading pg_stat_database from here adds nothing to the
// scenario databases' counters. A few connections, so one scenario's snapshot never waits behind another's
// CREATE DATABASE.
const admin = knexFactory({
  client: 'pg',
  connection: connectionTo('postgres'),
  pool: { min: 0, max: 3 },
});

async function dropDatabase(name: string) {
  // FORCE: a connection the scheduler left behind must not keep the database (and the next run) around.
  await admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
}

/** The scheduler's own migrations, as DefaultSchedulerService runs them, so startup excludes schema work. */
async function migrateScheduler(knex: Knex) {
  await knex.migrate.latest({
    directory: resolvePackagePath(
      '@backstage/backend-defaults',
      'migrations/scheduler',
    ),
    tableName: 'backstage_backend_tasks__knex_migrations',
  });
}

/** Prefix of system catalogs in the per-table figures. */
const CATALOG = 'catalog:';

interface Relation {
  oid: number;
  /** The table a relation's reads are attributed to (an index or TOAST table → its table). */
  table: string;
  /** A system catalog (pg_catalog, information_schema). */
  system: boolean;
}

/**
 * Every relation of the database, with indexes and TOAST tables mapped to the table they serve; system
 * catalogs are kept apart (`system`) so the rows they account for can be named too. Shared catalogs
 * (pg_database, …) are left out: their counters are cluster-wide, and their reads count in no database.
 */
async function listRelations(stats: Knex): Promise<Relation[]> {
  const rows = (
    await stats.raw(`
      select c.oid::int as oid, c.relname, c.relkind, n.nspname, i.indrelid::int as indrelid,
             p.relname as toast_of, pn.nspname as toast_of_schema
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      left join pg_index i on i.indexrelid = c.oid
      left join pg_class p on p.reltoastrelid = c.oid
      left join pg_namespace pn on pn.oid = p.relnamespace
      where c.relkind in ('r', 'i', 't') and not c.relisshared`)
  ).rows as Array<{
    oid: number;
    relname: string;
    relkind: string;
    nspname: string;
    indrelid: number | null;
    toast_of: string | null;
    toast_of_schema: string | null;
  }>;
  const byOid = new Map(rows.map(r => [Number(r.oid), r]));
  const isSystem = (schema: string | null) =>
    schema === 'pg_catalog' || schema === 'information_schema';
  // Follows index → table → (for a TOAST table) its owner.
  const tableOf = (oid: number): { table: string; system: boolean } => {
    const row = byOid.get(oid)!;
    if (row.relkind === 'i' && row.indrelid && byOid.has(Number(row.indrelid)))
      return tableOf(Number(row.indrelid));
    if (row.relkind === 't' && row.toast_of) {
      return { table: row.toast_of, system: isSystem(row.toast_of_schema) };
    }
    return { table: row.relname, system: isSystem(row.nspname) };
  };
  return rows.map(r => ({ oid: Number(r.oid), ...tableOf(Number(r.oid)) }));
}

/**
 * Reads the database's counters. Database totals come over the admin connection. Per-relation counters must
 * be read inside the database; they are read with pg_stat_get_* on fixed OIDs, which scans no table, so the
 * measurement adds no rows read — only its own transaction, which is subtracted from the commits.
 */
async function snapshot(
  stats: Knex,
  database: string,
  relations: Relation[],
  statements: { total: number },
) {
  const [dbRow] = (
    await admin.raw(
      'select tup_returned, tup_fetched, xact_commit from pg_stat_database where datname = ?',
      [database],
    )
  ).rows;
  const relRows = (
    await stats.raw(
      `select oid::int as oid, pg_stat_get_tuples_returned(oid) as returned,
              pg_stat_get_tuples_fetched(oid) as fetched
       from unnest(?::oid[]) as oid`,
      [relations.map(r => r.oid)],
    )
  ).rows as Array<{ oid: number; returned: string; fetched: string }>;
  const byOid = new Map(relRows.map(r => [Number(r.oid), r]));
  const perTable = new Map<string, number>();
  for (const relation of relations) {
    const row = byOid.get(relation.oid);
    const key = relation.system
      ? `${CATALOG}${relation.table}`
      : relation.table;
    perTable.set(
      key,
      (perTable.get(key) ?? 0) +
        Number(row?.returned ?? 0) +
        Number(row?.fetched ?? 0),
    );
  }
  return {
    at: performance.now(),
    statements: statements.total,
    tupReturned: Number(dbRow.tup_returned),
    tupFetched: Number(dbRow.tup_fetched),
    commits: Number(dbRow.xact_commit),
    perTable,
  };
}

type Kind = 'engine' | 'taskPerDashboard';

interface ScenarioResult {
  scenario: string;
  dashboards: number;
  schedulerTasks: number;
  /** From the first policy write / task registration until every task is registered. */
  startupMs: number;
  startupStatements: number;
  /** Engine only: storing and planning the policy (tonight's and tomorrow's window), part of startupMs. */
  planMs?: number;
  registerMs: number;
  windowS: number;
  statementsPerMin: number;
  /** Statements on the scheduler's tasks table (its poll, claims, releases, janitor) and the rest. */
  statementsPerMinBySource: { scheduler: number; plugin: number };
  rowsReadPerMin: number;
  tupReturnedPerMin: number;
  tupFetchedPerMin: number;
  commitsPerMin: number;
  /** Rows read per table of the scenario's schema (indexes and TOAST counted with their table). */
  rowsReadPerTablePerMin: Record<string, number>;
  /** Rows read in the plugin's own tables (scheduler table included), without the catalogs. */
  rowsReadTablesPerMin: number;
  /** Rows read in system catalogs: backends (re)loading their caches. */
  rowsReadCatalogsPerMin: number;
  rowsReadCatalogsByTablePerMin: Record<string, number>;
  /** Should be 0: the database total minus every listed relation. */
  rowsReadUnattributedPerMin: number;
  poolConnectionsInWindow: { opened: number; closed: number };
  topStatementsInWindow: Array<{ count: number; sql: string }>;
  /** Engine only: rows in the runs table, all planned for tonight's and tomorrow's windows. */
  plannedRuns?: number;
  /** Engine only: the tasks scheduleEngineTasks registered. */
  engineTasks?: string[];
  /** Engine only: how often each of the engine's tasks ran in the window. */
  taskRunsInWindow?: Record<string, number>;
  /** Engine only: one planner round on the idle database (the task runs every 5 min, so rarely in a window). */
  idlePlannerRound?: { statements: number; rowsReturned: number };
}

interface StartedScenario {
  label: string;
  /** Resolves after the warm-up and the window, with the scenario's figures. */
  measured: Promise<ScenarioResult>;
  tearDown(): Promise<void>;
}

/** Creates the scenario's database, times its startup, then measures it in the background. */
async function startScenario(
  label: string,
  kind: Kind,
  n: number,
): Promise<StartedScenario> {
  const database = `bench_idle_${label}`;
  await dropDatabase(database);
  await admin.raw('CREATE DATABASE ??', [database]);

  // The plugin's database client, with knex's pool defaults (as Backstage builds it without pool config).
  const db = knexFactory({
    client: 'pg',
    connection: connectionTo(database),
    useNullAsDefault: true,
  });
  const statements = countStatements(db);
  // A new backend reads system catalogs as it warms its caches, so connections the pool opens in the window
  // (it reaps idle ones after 30 s) would show as catalog reads; counted to tell.
  const pool = { opened: 0, closed: 0 };
  const tarn = (db.client as any).pool;
  tarn.on('createSuccess', () => statements.recording && pool.opened++);
  tarn.on('destroySuccess', () => statements.recording && pool.closed++);
  // A separate single connection for per-relation counters and the ANALYZE; not the plugin's statements.
  const stats = knexFactory({
    client: 'pg',
    connection: connectionTo(database),
    pool: { min: 1, max: 1 },
  });

  if (kind === 'engine') await migrateUp(db);
  await migrateScheduler(db);

  const { lifecycle, shutdown } = benchLifecycle();
  const logger = silentLogger();
  const databaseService = {
    getClient: async () => db,
  } as unknown as DatabaseService;
  const scheduler: SchedulerService = DefaultSchedulerService.create({
    database: databaseService,
    logger,
    metrics: noopMetrics(),
    rootLifecycle: lifecycle,
    httpRouter: { use() {}, addAuthPolicy() {} } as any,
    pluginMetadata: { getId: () => 'dashboard-health' } as any,
  });

  const taskRuns: Record<string, number> =
    kind === 'engine'
      ? { planner: 0, dispatcher: 0, heartbeat: 0, retention: 0 }
      : {};
  const countRun = (id: string) => (taskRuns[id] = (taskRuns[id] ?? 0) + 1);
  let executorCalls = 0;
  let claimed = 0;
  let cronFired = 0;
  let dispatcher: Dispatcher | undefined;
  let unwrappedPlanAll: (() => Promise<number>) | undefined;
  let planMs: number | undefined;

  const startupStatements0 = statements.total;
  const t0 = performance.now();
  if (kind === 'engine') {
    const settings = readDashboardHealthConfig(new ConfigReader({}));
    const executor: RunExecutor = {
      async execute() {
        executorCalls++;
        throw new Error('idle bench: nothing should be due');
      },
    };
    const engine = createEngine({
      stores: createEngineStores(db),
      clock: systemClock,
      executor,
      resolveDashboards: async policy => policy.entityRefs,
      loadEntity: async ref => dashboardEntity(ref.split('/')[1]),
      environmentCaps: new Map([['prod', 2]]),
      gracePeriodMs: settings.gracePeriodMs,
      leaseDurationMs: settings.leaseDurationMs,
      runTimeoutMs: settings.runTimeoutMs,
      minSpacingSeconds: settings.minSpacingSeconds,
      leaseOwner: `bench-${label}`,
      logger,
    });
    const { policies, planner } = engine;
    const d = engine.dispatcher;
    dispatcher = d;
    // Count task executions by wrapping the instances the tasks call; behaviour is unchanged.
    const planAll = planner.planAll.bind(planner);
    unwrappedPlanAll = planAll;
    planner.planAll = () => {
      countRun('planner');
      return planAll();
    };
    const tick = d.tick.bind(d);
    d.tick = async () => {
      countRun('dispatcher');
      const started = await tick();
      claimed += started.length;
      return started;
    };
    const heartbeat = d.heartbeat.bind(d);
    d.heartbeat = () => {
      countRun('heartbeat');
      return heartbeat();
    };

    // Tonight's window: opens 6 h from now (UTC), 4 h long, so every slot is hours after the measurement.
    const opens = DateTime.utc().plus({ hours: 6 });
    const window = {
      start: opens.toFormat('HH:mm'),
      end: opens.plus({ hours: 4 }).toFormat('HH:mm'),
      timezone: 'UTC',
    };
    // As POST /policies does: store the policy, then plan it.
    const policy = await policies.create(
      {
        name: `Nightly ${n}`,
        environment: 'prod',
        enabled: true,
        entityRefs: dashboardRefs(n),
        window,
        // Nothing runs, so nothing would be notified; off keeps the bench independent of notifications.
        notify: 'off',
      },
      { id: `pol-bench-${label}`, now: systemClock.now() },
    );
    await planner.replan(policy);
    planMs = performance.now() - t0;
    const known = new Set(policy.entityRefs);
    // Whatever tasks.ts registers, with the backend's default settings (planner every 5 min, dispatcher and
    // heartbeat every 10 s, daily retention) and the policy's dashboards standing in for the catalog.
    await scheduleEngineTasks({
      scheduler,
      planner,
      dispatcher: d,
      plannerFrequency: settings.plannerFrequency,
      dispatcherFrequency: settings.dispatcherFrequency,
      applyRetention: () => {
        countRun('retention');
        return applyRetention({
          ...engine,
          knownDashboards: async () => known,
          retentionDays: settings.retentionDays,
          logger,
        });
      },
      logger,
    });
  } else {
    // What the Lighthouse plugin does: one global task per dashboard on a daily cron, no timezone.
    const fired = () => {
      cronFired++;
    };
    for (let i = 0; i < n; i++) {
      await scheduler.scheduleTask({
        id: `dashboard-${i}`,
        scope: 'global',
        frequency: { cron: '0 1 * * *' },
        timeout: { minutes: 10 },
        fn: async () => fired(),
      });
    }
  }
  const startupMs = performance.now() - t0;
  const startupStatements = statements.total - startupStatements0;
  const scheduledTasks = await scheduler.getScheduledTasks();

  // Sanity: idle really is idle — planned runs exist, none is due within the next hour.
  let plannedRuns: number | undefined;
  if (kind === 'engine') {
    const [{ planned, soon }] = (
      await db.raw(
        `select count(*)::int as planned,
                count(*) filter (where planned_at < now() + interval '1 hour')::int as soon
         from runs where status = 'planned'`,
      )
    ).rows;
    plannedRuns = planned;
    if (planned < n || soon !== 0) {
      throw new Error(
        `${label}: ${planned} planned runs, ${soon} due within the hour`,
      );
    }
  }

  // Steady-state statistics: with autovacuum on (it is off on this machine) a freshly loaded table is
  // analysed within its first minute; without them PostgreSQL would plan the idle queries blind.
  await stats.raw('VACUUM ANALYZE');
  const relations = await listRelations(stats);
  // The first call on a connection looks its functions up in the catalogs; that belongs to no window.
  await snapshot(stats, database, relations, statements);

  const measured = (async (): Promise<ScenarioResult> => {
    await sleep(WARM_UP_MS);
    const before = await snapshot(stats, database, relations, statements);
    const taskRunsBefore = { ...taskRuns };
    statements.recording = true;
    await sleep(WINDOW_MS);
    statements.recording = false;
    const after = await snapshot(stats, database, relations, statements);
    const taskRunsInWindow = Object.fromEntries(
      Object.entries(taskRuns).map(([id, count]) => [
        id,
        count - (taskRunsBefore[id] ?? 0),
      ]),
    );

    let idlePlannerRound: ScenarioResult['idlePlannerRound'];
    if (unwrappedPlanAll) {
      let rowsReturned = 0;
      const onResponse = (response: unknown) => {
        rowsReturned += Array.isArray(response) ? response.length : 0;
      };
      db.on('query-response', onResponse);
      const s0 = statements.total;
      const planned = await unwrappedPlanAll();
      idlePlannerRound = { statements: statements.total - s0, rowsReturned };
      db.off('query-response', onResponse);
      if (planned !== 0) {
        throw new Error(
          `${label}: an idle planner round planned ${planned} dates`,
        );
      }
    }
    if (executorCalls !== 0 || claimed !== 0) {
      throw new Error(
        `${label}: not idle, ${claimed} runs claimed, executor called ${executorCalls} times`,
      );
    }
    if (cronFired !== 0) {
      throw new Error(`${label}: ${cronFired} per-dashboard tasks fired`);
    }

    const minutes = (after.at - before.at) / 60_000;
    const perMin = (value: number) => Math.round((value / minutes) * 10) / 10;
    const rowsRead =
      after.tupReturned +
      after.tupFetched -
      before.tupReturned -
      before.tupFetched;
    const rowsReadPerTablePerMin: Record<string, number> = {};
    const rowsReadCatalogsByTablePerMin: Record<string, number> = {};
    let userRows = 0;
    let catalogRows = 0;
    for (const [table, end] of after.perTable) {
      const read = end - (before.perTable.get(table) ?? 0);
      if (table.startsWith(CATALOG)) {
        catalogRows += read;
        if (read > 0) {
          rowsReadCatalogsByTablePerMin[table.slice(CATALOG.length)] =
            perMin(read);
        }
      } else {
        userRows += read;
        rowsReadPerTablePerMin[table] = perMin(read);
      }
    }
    const topStatementsInWindow = [...statements.shapes.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 15)
      .map(([sql, count]) => ({ count, sql }));
    // The scheduler's own statements touch its tasks table (state poll, claim, release, janitor); the rest
    // (the BEGIN/COMMIT and advisory lock of claimDue included) are the plugin's.
    let schedulerStatements = 0;
    for (const [sql, count] of statements.shapes) {
      if (sql.includes('backstage_backend_tasks__tasks'))
        schedulerStatements += count;
    }
    const windowStatements = after.statements - before.statements;

    const result: ScenarioResult = {
      scenario: label,
      dashboards: n,
      schedulerTasks: scheduledTasks.length,
      startupMs: Math.round(startupMs),
      startupStatements,
      planMs: planMs === undefined ? undefined : Math.round(planMs),
      registerMs: Math.round(startupMs - (planMs ?? 0)),
      windowS: Math.round((after.at - before.at) / 100) / 10,
      statementsPerMin: perMin(windowStatements),
      statementsPerMinBySource: {
        scheduler: perMin(schedulerStatements),
        plugin: perMin(windowStatements - schedulerStatements),
      },
      rowsReadPerMin: perMin(rowsRead),
      tupReturnedPerMin: perMin(after.tupReturned - before.tupReturned),
      tupFetchedPerMin: perMin(after.tupFetched - before.tupFetched),
      // Minus the one transaction of the first snapshot's per-relation read, which commits inside the window.
      commitsPerMin: perMin(after.commits - before.commits - 1),
      rowsReadPerTablePerMin,
      rowsReadTablesPerMin: perMin(userRows),
      rowsReadCatalogsPerMin: perMin(catalogRows),
      rowsReadCatalogsByTablePerMin,
      rowsReadUnattributedPerMin: perMin(rowsRead - userRows - catalogRows),
      poolConnectionsInWindow: pool,
      topStatementsInWindow,
    };
    if (kind === 'engine') {
      result.plannedRuns = plannedRuns;
      result.engineTasks = scheduledTasks.map(
        task => `${task.id} (${task.scope})`,
      );
      result.taskRunsInWindow = taskRunsInWindow;
      result.idlePlannerRound = idlePlannerRound;
    }
    console.error(`[scheduler-idle] ${label}: ${JSON.stringify(result)}`);
    return result;
  })();
  // Reported through Promise.all in main; this only keeps an early failure from being "unhandled" meanwhile.
  measured.catch(() => {});

  return {
    label,
    measured,
    async tearDown() {
      await shutdown();
      await dispatcher?.shutdown();
      await sleep(500); // let a query a worker already sent come back before the pool goes away
      await db.destroy();
      await stats.destroy();
      await dropDatabase(database);
    },
  };
}

function ratio(x: number, y: number) {
  return y === 0 ? null : Math.round((x / y) * 100) / 100;
}

async function main() {
  // The per-dashboard tasks fire at 01:00 local time; a run close to it would measure them running.
  const local = DateTime.local();
  const one = local.set({ hour: 1, minute: 0, second: 0, millisecond: 0 });
  const nextOne = one > local ? one : one.plus({ days: 1 });
  if (nextOne.diff(local, 'minutes').minutes < 10) {
    throw new Error(
      'the per-dashboard cron (01:00 local) would fire during the bench; run it after 01:00',
    );
  }

  const started: StartedScenario[] = [];
  let results: ScenarioResult[];
  try {
    // One after another, so each startup is timed without another startup beside it.
    started.push(await startScenario(`engine_${SMALL}`, 'engine', SMALL));
    started.push(await startScenario(`engine_${LARGE}`, 'engine', LARGE));
    started.push(
      await startScenario(`tasks_${SMALL}`, 'taskPerDashboard', SMALL),
    );
    started.push(
      await startScenario(`tasks_${LARGE}`, 'taskPerDashboard', LARGE),
    );
    results = await Promise.all(started.map(s => s.measured));
  } finally {
    for (const scenario of started) {
      await scenario.tearDown().catch(error => {
        console.error(`tear-down of ${scenario.label} failed: ${error}`);
      });
    }
    await admin.destroy();
  }
  const [a, b, c, d] = results;

  report('scheduler-idle', {
    database: 'PostgreSQL (local), one fresh database per scenario',
    rowsRead: 'pg_stat_database tup_returned + tup_fetched',
    statements:
      "knex 'query' events on the plugin's knex (BEGIN/COMMIT included)",
    warmUpS: WARM_UP_MS / 1000,
    windowS: WINDOW_MS / 1000,
    scenarios: { a, b, c, d },
    ratios: {
      engineStatementsLargeOverSmall: ratio(
        b.statementsPerMin,
        a.statementsPerMin,
      ),
      engineRowsReadLargeOverSmall: ratio(b.rowsReadPerMin, a.rowsReadPerMin),
      tasksStatementsLargeOverSmall: ratio(
        d.statementsPerMin,
        c.statementsPerMin,
      ),
      tasksRowsReadLargeOverSmall: ratio(d.rowsReadPerMin, c.rowsReadPerMin),
      // Without the catalog reads (backend cache loads, which follow connections, not dashboards).
      engineTableRowsReadLargeOverSmall: ratio(
        b.rowsReadTablesPerMin,
        a.rowsReadTablesPerMin,
      ),
      tasksTableRowsReadLargeOverSmall: ratio(
        d.rowsReadTablesPerMin,
        c.rowsReadTablesPerMin,
      ),
      goal: 'engine ratios ≤ 1.1',
      engineMeetsGoal:
        (ratio(b.statementsPerMin, a.statementsPerMin) ?? Infinity) <= 1.1 &&
        (ratio(b.rowsReadPerMin, a.rowsReadPerMin) ?? Infinity) <= 1.1,
    },
    perDashboardAt10000: {
      statementsTasksOverEngine: ratio(d.statementsPerMin, b.statementsPerMin),
      rowsReadTasksOverEngine: ratio(d.rowsReadPerMin, b.rowsReadPerMin),
      startupTasksOverEngine: ratio(d.startupMs, b.startupMs),
      rowsReadPerDashboardPerMin: {
        engine: Math.round((b.rowsReadPerMin / LARGE) * 1000) / 1000,
        tasks: Math.round((d.rowsReadPerMin / LARGE) * 1000) / 1000,
      },
    },
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

/*
 * Reading latest records at scale on PostgreSQL: 10,000 dashboards × 365 nightly records (3.65 M rows).
 *   - DatabaseRecordStore.latest(ref) for random dashboards → p50/p95/max (goal p95 ≤ 10 ms);
 *   - a page of 100 latest outcomes: DatabaseRecordStore.summaries(100 random refs), entity_health by
 *     primary key → p50/p95/max (goal p95 ≤ 50 ms), and for comparison the same page computed from the
 *     records table without entity_health: DISTINCT ON over the 100 dashboards' records, and a LATERAL
 *     "newest one per dashboard" query.
 * Run: bash bench/run.sh latest-records   (needs the local PostgreSQL: source scripts/postgres.sh)
 *
 * Loading: days 0..363 are generated in SQL (INSERT … SELECT over generate_series), day by day for all
 * dashboards, in the order a nightly policy writes them, so one dashboard's records are spread over the
 * table as in production rather than packed together. entity_health is filled from day 363 in SQL; day 364
 * then goes through DatabaseRecordStore.insert, so the store's own code maintains entity_health (with a
 * previous status) for the final state. Then VACUUM ANALYZE, the state autovacuum would leave a table in.
 */
import crypto from 'node:crypto';
import { ValidationRecord } from '@dashboard-health/plugin-dashboard-health-common';
import { Knex } from 'knex';
import { DatabaseRecordStore } from '../plugins/dashboard-health-backend/src/database/DatabaseRecordStore';
import { migrateUp } from '../plugins/dashboard-health-backend/src/database/migrations';
import { connect } from './postgres';
import { report } from './report';
import { createPrng } from './seededRandom';

// Overridable only to try the bench quickly on a smaller table; such a run reports under another name so
// it cannot overwrite the figures of the real size.
const ENTITIES = Number(process.env.BENCH_RECORDS_ENTITIES ?? 10_000);
const REPORT_NAME =
  ENTITIES === 10_000 ? 'latest-records' : `latest-records-${ENTITIES}`;
const DAYS = 365;
/** Days per INSERT … SELECT: 140,000 rows, large enough to amortise a statement, small enough to show progress. */
const DAYS_PER_STATEMENT = 14;
const DATABASE = 'bench_val_records';
const LATEST_SAMPLES = 500;
const PAGE_SIZE = 100;
const PAGE_SAMPLES = 200;
/** The DISTINCT ON page reads 36,500 rows each time; fewer samples keep the bench short. */
const SCAN_PAGE_SAMPLES = 100;
/** Store inserts of the last day in flight at once, as a few dispatchers' workers would write them. */
const INSERT_CONCURRENCY = 4;

const FIRST_NIGHT = Date.parse('2025-12-01T22:00:00Z');
const DAY_MS = 86_400_000;
const ref = (e: number) => `resource:default/superset-prod-dashboard-${e}`;

/** The status mix of the load: 61 % pass, 22 % warn, the rest fail. */
function statusOf(draw: number): 'pass' | 'warn' | 'fail' {
  if (draw < 0.61) return 'pass';
  if (draw < 0.834) return 'warn';
  return 'fail';
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest-rank percentiles: an actual sample, never an interpolation.
  const at = (p: number) =>
    sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  return {
    samples: sorted.length,
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    maxMs: round(sorted[sorted.length - 1]),
  };
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - t0) / 1e6, value];
}

/**
 * One statement for days [d0, d1]: every dashboard once a night, in slot order (2.88 s apart over 8 h).
 * Status mix as the generated Superset instance produces (~61 % pass, 22 % warn, 16 % fail, <1 % error),
 * each with the issues, digest and LLM usage a real record of that status carries, as valid JSON.
 */
const insertDaysSql = `
INSERT INTO records (id, entity_ref, environment, policy_id, run_id, status, summary, issues, facts, llm,
                     started_at, finished_at, duration_ms, llm_total_tokens)
SELECT 'rec-' || md5('rec/' || e || '/' || d)::uuid,
       'resource:default/superset-prod-dashboard-' || e,
       'prod',
       'pol-nightly-prod',
       'run-' || md5('run/' || e || '/' || d)::uuid,
       s.status,
       CASE s.status
         WHEN 'pass' THEN 'All 4 charts returned recent data; the review found nothing to add.'
         WHEN 'warn' THEN '1 of 4 charts shows data older than the allowed 2 days.'
         WHEN 'fail' THEN '1 of 4 charts fails its query and 1 shows stale data.'
         ELSE 'Superset could not be reached: 503 Service Unavailable after 3 retries.'
       END,
       CASE s.status
         WHEN 'pass' THEN '[]'
         WHEN 'warn' THEN json_build_array(s.stale)::text
         WHEN 'fail' THEN json_build_array(s.broken, s.stale)::text
         ELSE json_build_array(json_build_object(
                'severity', 'critical', 'code', 'superset-unavailable', 'source', 'check',
                'message', 'Superset could not be reached: 503 Service Unavailable after 3 retries.'))::text
       END,
       json_build_object('chartCount', 4,
                         'failedCharts', CASE s.status WHEN 'fail' THEN 1 ELSE 0 END,
                         'emptyCharts', 0,
                         'staleCharts', CASE s.status WHEN 'warn' THEN 1 WHEN 'fail' THEN 1 ELSE 0 END)::text,
       CASE s.status
         WHEN 'error' THEN '{"skippedReason":"no facts to review"}'
         ELSE json_build_object('model', 'gpt-4o-mini-2024-07-18', 'promptTokens', 850 + s.h % 400,
                                'completionTokens', 90 + s.h % 120,
                                'totalTokens', 940 + s.h % 400 + s.h % 120)::text
       END,
       s.finished_at - make_interval(secs => s.duration_ms / 1000.0),
       s.finished_at,
       s.duration_ms,
       CASE s.status WHEN 'error' THEN NULL ELSE 940 + s.h % 400 + s.h % 120 END
FROM generate_series(?::int, ?::int) AS d
CROSS JOIN generate_series(1, ?::int) AS e
CROSS JOIN LATERAL (
  SELECT h,
         CASE WHEN h < 610 THEN 'pass' WHEN h < 834 THEN 'warn' WHEN h < 996 THEN 'fail' ELSE 'error' END AS status,
         2000 + (h * 37) % 8000 AS duration_ms,
         timestamptz '2025-12-01 22:00:00+00' + d * interval '1 day' + e * interval '2.88 seconds' AS finished_at,
         json_build_object('severity', 'warning', 'code', 'stale-data', 'source', 'check',
           'chartId', e * 4 - 1, 'chartName', 'Orders per day',
           'chartUrl', 'https://superset.example.com/explore/\\?slice_id=' || (e * 4 - 1),
           'message', 'The newest data point is ' || (3 + h % 40) || ' days old; at most 2d is allowed.',
           'suggestion', 'Check the job that loads the dataset, or raise the staleness limit.') AS stale,
         json_build_object('severity', 'critical', 'code', 'chart-query-error', 'source', 'check',
           'chartId', e * 4, 'chartName', 'Revenue by region',
           'chartUrl', 'https://superset.example.com/explore/\\?slice_id=' || (e * 4),
           'message', 'The chart''s query fails (dataset fact_orders): column "legacy_flag" does not exist',
           'suggestion', 'Open the chart in Superset; the dataset probably references a column that changed.') AS broken
  FROM (SELECT abs(hashint8(e::bigint * 1000 + d)) % 1000 AS h) AS hashed
) AS s
ORDER BY d, e`;

/** Day 363 becomes each dashboard's entity_health row, counted from the stored issues as the store does. */
const entityHealthFromDaySql = `
INSERT INTO entity_health (entity_ref, environment, record_id, status, previous_status, summary,
                           critical_count, warning_count, info_count, top_issue, finished_at)
SELECT r.entity_ref, r.environment, r.id, r.status, NULL, r.summary,
       (SELECT count(*) FROM json_array_elements(r.issues::json) i WHERE i->>'severity' = 'critical'),
       (SELECT count(*) FROM json_array_elements(r.issues::json) i WHERE i->>'severity' = 'warning'),
       (SELECT count(*) FROM json_array_elements(r.issues::json) i WHERE i->>'severity' = 'info'),
       (SELECT i->>'message' FROM json_array_elements(r.issues::json) WITH ORDINALITY AS x(i, n)
         ORDER BY CASE i->>'severity' WHEN 'critical' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, n LIMIT 1),
       r.finished_at
FROM records r
WHERE r.finished_at >= timestamptz '2025-12-01 22:00:00+00' + ?::int * interval '1 day'
  AND r.finished_at <  timestamptz '2025-12-01 22:00:00+00' + (?::int + 1) * interval '1 day'`;

/** The last night's record of dashboard `e`, as the dispatcher would store it. */
function lastDayRecord(e: number, random: () => number): ValidationRecord {
  const finished = FIRST_NIGHT + (DAYS - 1) * DAY_MS + e * 2880;
  const durationMs = 2000 + Math.floor(random() * 8000);
  const draw = random();
  const stale = {
    severity: 'warning' as const,
    code: 'stale-data',
    source: 'check' as const,
    chartId: e * 4 - 1,
    chartName: 'Orders per day',
    chartUrl: `https://superset.example.com/explore/?slice_id=${e * 4 - 1}`,
    message: 'The newest data point is 4 days old; at most 2d is allowed.',
    suggestion:
      'Check the job that loads the dataset, or raise the staleness limit.',
  };
  const status = statusOf(draw);
  const critical = {
    ...stale,
    severity: 'critical' as const,
    code: 'chart-query-error',
    chartId: e * 4,
    message:
      'The chart\'s query fails (dataset fact_orders): column "legacy_flag" does not exist',
  };
  const issues = { pass: [], warn: [stale], fail: [critical, stale] }[status];
  return {
    id: `rec-${crypto.randomUUID()}`,
    entityRef: ref(e),
    environment: 'prod',
    policyId: 'pol-nightly-prod',
    runId: `run-${crypto.randomUUID()}`,
    status,
    summary: `${issues.length} issue(s) on 4 charts.`,
    issues,
    facts: {
      chartCount: 4,
      failedCharts: status === 'fail' ? 1 : 0,
      emptyCharts: 0,
      staleCharts: issues.length > 0 ? 1 : 0,
    },
    startedAt: new Date(finished - durationMs).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs,
    llm: {
      model: 'gpt-4o-mini-2024-07-18',
      promptTokens: 900,
      completionTokens: 120,
      totalTokens: 1020,
    },
  };
}

/** EXPLAIN ANALYZE of a `?`-style query, as knex.raw takes it. */
async function explain(
  db: Knex,
  sql: string,
  bindings: readonly Knex.RawBinding[],
) {
  const result = await db.raw(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, bindings);
  return result.rows.map((row: Record<string, string>) => row['QUERY PLAN']);
}

/**
 * EXPLAIN ANALYZE of SQL captured from knex's 'query' event, which on PostgreSQL is already in native
 * `$1` form (knex.raw would look for `?`), so it goes straight to a pg connection of the pool.
 */
async function explainNative(
  db: Knex,
  sql: string,
  bindings: readonly unknown[],
) {
  const connection = await db.client.acquireConnection();
  try {
    const result = await connection.query(
      `EXPLAIN (ANALYZE, BUFFERS) ${sql}`,
      bindings,
    );
    return result.rows.map((row: Record<string, string>) => row['QUERY PLAN']);
  } finally {
    await db.client.releaseConnection(connection);
  }
}

/** The page without entity_health: each dashboard's newest record by DISTINCT ON over all its records. */
const distinctOnSql = (n: number) => `
SELECT DISTINCT ON (entity_ref) *
FROM records
WHERE entity_ref IN (${Array(n).fill('?').join(', ')})
ORDER BY entity_ref, finished_at DESC, id DESC`;

/** The page without entity_health, done well: one backward index probe per dashboard. */
const lateralSql = `
SELECT r.*
FROM unnest(?::text[]) AS refs(entity_ref)
CROSS JOIN LATERAL (
  SELECT * FROM records
  WHERE records.entity_ref = refs.entity_ref
  ORDER BY finished_at DESC, id DESC
  LIMIT 1
) AS r`;

/** What summaries() returns, from a records row: the cost of doing entity_health's work at read time. */
function summaryOfRow(row: any) {
  const issues = JSON.parse(row.issues) as Array<{
    severity: string;
    message: string;
  }>;
  return {
    entityRef: row.entity_ref,
    status: row.status,
    critical: issues.filter(i => i.severity === 'critical').length,
    warning: issues.filter(i => i.severity === 'warning').length,
    info: issues.filter(i => i.severity === 'info').length,
  };
}

async function main() {
  if (ENTITIES < PAGE_SIZE) {
    // Pages are PAGE_SIZE distinct dashboards; fewer would never fill one.
    throw new Error(`needs at least ${PAGE_SIZE} entities`);
  }
  const admin = connect('postgres', 1);
  await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.raw(`CREATE DATABASE ${DATABASE}`);
  const db = connect(DATABASE);
  try {
    await migrateUp(db);
    const store = new DatabaseRecordStore(db);

    // --- load ---
    const loadStart = process.hrtime.bigint();
    const elapsedS = () =>
      Math.round(Number(process.hrtime.bigint() - loadStart) / 1e7) / 100;
    for (let d0 = 0; d0 < DAYS - 1; d0 += DAYS_PER_STATEMENT) {
      const d1 = Math.min(d0 + DAYS_PER_STATEMENT, DAYS - 1) - 1;
      await db.raw(insertDaysSql, [d0, d1, ENTITIES]);
      console.log(`records: days ${d0}..${d1} loaded (${elapsedS()} s)`);
    }
    const bulkSeconds = elapsedS();
    await db.raw(entityHealthFromDaySql, [DAYS - 2, DAYS - 2]);
    const entityHealthSeconds = round(elapsedS() - bulkSeconds);

    const random = createPrng(42);
    const insertMs: number[] = [];
    let nextEntity = 1;
    await Promise.all(
      Array.from({ length: INSERT_CONCURRENCY }, async () => {
        while (nextEntity <= ENTITIES) {
          const record = lastDayRecord(nextEntity++, random);
          const [ms] = await time(() => store.insert(record));
          insertMs.push(ms);
        }
      }),
    );
    const storeInsertSeconds = round(
      elapsedS() - bulkSeconds - entityHealthSeconds,
    );
    console.log(`last day stored through the store (${elapsedS()} s)`);

    await db.raw('VACUUM ANALYZE records');
    await db.raw('VACUUM ANALYZE entity_health');
    const loadSeconds = elapsedS();
    const vacuumAnalyzeSeconds = round(
      loadSeconds - bulkSeconds - entityHealthSeconds - storeInsertSeconds,
    );

    const counts = await db.raw(
      `SELECT (SELECT count(*) FROM records) AS records,
              (SELECT count(*) FROM entity_health) AS entity_health,
              (SELECT count(*) FROM entity_health WHERE previous_status IS NOT NULL) AS with_previous,
              pg_size_pretty(pg_total_relation_size('records')) AS records_size,
              pg_size_pretty(pg_relation_size('records')) AS records_heap_size`,
    );
    const sizes = counts.rows[0];
    if (
      Number(sizes.records) !== ENTITIES * DAYS ||
      Number(sizes.entity_health) !== ENTITIES ||
      Number(sizes.with_previous) !== ENTITIES
    ) {
      throw new Error(`unexpected table contents: ${JSON.stringify(sizes)}`);
    }
    console.log(`loaded in ${loadSeconds} s: ${JSON.stringify(sizes)}`);

    // --- latest(ref) ---
    const pick = () => 1 + Math.floor(random() * ENTITIES);
    const lastNight = FIRST_NIGHT + (DAYS - 1) * DAY_MS;
    for (let i = 0; i < 50; i++) await store.latest(ref(pick())); // pool connections, JIT
    const latestMs: number[] = [];
    for (let i = 0; i < LATEST_SAMPLES; i++) {
      const [ms, record] = await time(() => store.latest(ref(pick())));
      if (!record || Date.parse(record.finishedAt) < lastNight) {
        throw new Error(`latest() did not return the last night's record`);
      }
      latestMs.push(ms);
    }

    // --- a page of 100: entity_health, DISTINCT ON, LATERAL ---
    const page = () => {
      const refs = new Set<string>();
      while (refs.size < PAGE_SIZE) refs.add(ref(pick()));
      return [...refs];
    };
    for (let i = 0; i < 20; i++) await store.summaries(page());
    const summariesMs: number[] = [];
    for (let i = 0; i < PAGE_SAMPLES; i++) {
      const [ms, rows] = await time(() => store.summaries(page()));
      if (rows.length !== PAGE_SIZE) throw new Error('summaries lost rows');
      summariesMs.push(ms);
    }

    const fromRecords = async (sql: string, bindings: Knex.RawBinding[]) => {
      const result = await db.raw(sql, bindings);
      const rows = result.rows.map(summaryOfRow);
      if (rows.length !== PAGE_SIZE) throw new Error('records page lost rows');
      return rows;
    };
    for (let i = 0; i < 5; i++) {
      const refs = page();
      await fromRecords(distinctOnSql(refs.length), refs);
    }
    const distinctOnMs: number[] = [];
    for (let i = 0; i < SCAN_PAGE_SAMPLES; i++) {
      const refs = page();
      const [ms] = await time(() =>
        fromRecords(distinctOnSql(refs.length), refs),
      );
      distinctOnMs.push(ms);
    }
    for (let i = 0; i < 20; i++) await fromRecords(lateralSql, [page()]);
    const lateralMs: number[] = [];
    for (let i = 0; i < PAGE_SAMPLES; i++) {
      const refs = page();
      const [ms] = await time(() => fromRecords(lateralSql, [refs]));
      lateralMs.push(ms);
    }

    // --- plans: the exact SQL the store sends, captured from knex ---
    const captured: Array<{ sql: string; bindings: readonly unknown[] }> = [];
    const capture = (q: { sql: string; bindings?: readonly unknown[] }) =>
      captured.push({ sql: q.sql, bindings: q.bindings ?? [] });
    db.on('query', capture);
    await store.latest(ref(pick()));
    await store.summaries(page());
    db.off('query', capture);
    const planRefs = page();
    // Plan lines list all 100 refs; the first 240 characters say which index and how.
    const short = (lines: string[]) =>
      lines.map(l => (l.length > 240 ? `${l.slice(0, 240)}…` : l));
    const plans = {
      latest: short(
        await explainNative(db, captured[0].sql, captured[0].bindings),
      ),
      summaries: short(
        await explainNative(db, captured[1].sql, captured[1].bindings),
      ),
      distinctOn: short(
        await explain(db, distinctOnSql(planRefs.length), planRefs),
      ),
      lateral: short(await explain(db, lateralSql, [planRefs])),
    };

    const latest = stats(latestMs);
    const summaries = stats(summariesMs);
    const distinctOn = stats(distinctOnMs);
    const lateral = stats(lateralMs);
    report(REPORT_NAME, {
      entities: ENTITIES,
      recordsPerEntity: DAYS,
      rows: Number(sizes.records),
      recordsTableSize: sizes.records_size,
      recordsHeapSize: sizes.records_heap_size,
      postgres: (await db.raw('SHOW server_version')).rows[0].server_version,
      load: {
        seconds: loadSeconds,
        bulkSqlSeconds: bulkSeconds,
        entityHealthSqlSeconds: entityHealthSeconds,
        storeInsertsOfLastDay: {
          seconds: storeInsertSeconds,
          concurrency: INSERT_CONCURRENCY,
          ...stats(insertMs),
        },
        vacuumAnalyzeSeconds,
      },
      latest: { ...latest, goalP95Ms: 10, meetsGoal: latest.p95Ms <= 10 },
      pageOf100: {
        entityHealthSummaries: {
          ...summaries,
          goalP95Ms: 50,
          meetsGoal: summaries.p95Ms <= 50,
        },
        recordsDistinctOn: distinctOn,
        recordsLateral: lateral,
        distinctOnOverSummariesP95: round(distinctOn.p95Ms / summaries.p95Ms),
        lateralOverSummariesP95: round(lateral.p95Ms / summaries.p95Ms),
      },
      plans,
    });
  } finally {
    await db.destroy();
    await admin.raw(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await admin.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

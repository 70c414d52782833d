/*
 * Claim: the time of one dispatcher step (expire, missed, claim within the caps) with 100,000 due runs on
 * PostgreSQL, spread over 10 instances and 50 policies, and with all of them on one instance.
 * Run: bash bench/run.sh claim   (needs the local PostgreSQL: source scripts/postgres.sh)
 *
 * Each sample claims what the caps allow (2 per instance) and then puts the claimed runs back in the queue,
 * outside the measurement, so every sample sees the same 100,000-run backlog.
 */
import { Knex } from 'knex';
import { DatabaseRunStore } from '../plugins/dashboard-health-backend/src/database/DatabaseRunStore';
import { databaseTimeFrom } from '../plugins/dashboard-health-backend/src/database/DatabaseTime';
import { migrateUp } from '../plugins/dashboard-health-backend/src/database/migrations';
import { PolicyCapacity } from '../plugins/dashboard-health-backend/src/database/RunStore';
import { freshPostgres } from './postgres';
import { report } from './report';

const DUE = 100_000;
const POLICIES = 50;
const SAMPLES = 200;
const CAP = 2;
const NOW = Date.parse('2026-06-10T04:00:00Z');

async function load(db: Knex, instances: number): Promise<PolicyCapacity[]> {
  const policies = Array.from({ length: POLICIES }, (_, p) => ({
    id: `pol-${p}`,
    environment: `instance-${p % instances}`,
    maxConcurrency: p % 5 === 0 ? 1 : undefined,
  }));
  const rows = Array.from({ length: DUE }, (_, i) => {
    const policy = policies[i % POLICIES];
    return {
      id: `run-${String(i).padStart(6, '0')}`,
      policy_id: policy.id,
      plan_date: '2026-06-10',
      entity_ref: `resource:default/dash-${i}`,
      environment: policy.environment,
      trigger: 'schedule',
      status: 'planned',
      planned_at: new Date(NOW - 3 * 3_600_000 + (i % 10_800) * 1000),
      deadline_at: new Date(NOW + 24 * 3_600_000),
      attempt: 0,
    };
  });
  for (let i = 0; i < rows.length; i += 2000) {
    await db('runs').insert(rows.slice(i, i + 2000));
  }
  await db.raw('analyze runs');
  return policies;
}

async function scenario(label: string, instances: number) {
  const db = await freshPostgres(`dh_claim_bench`);
  try {
    await migrateUp(db);
    const policies = await load(db, instances);
    // The database's clock stands at NOW, so the backlog is due and none of it past its deadline.
    const runs = new DatabaseRunStore(
      db,
      databaseTimeFrom({ now: () => new Date(NOW) }),
    );
    const request = {
      leaseOwner: 'bench',
      leaseDurationMs: 120_000,
      environmentCaps: new Map(
        Array.from({ length: instances }, (_, i) => [`instance-${i}`, CAP]),
      ),
      policies,
    };
    const times: number[] = [];
    let claimed = 0;
    for (let i = 0; i < SAMPLES + 20; i++) {
      const t0 = process.hrtime.bigint();
      const result = await runs.dispatch(request);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (i >= 20) times.push(ms); // the first ones warm the pool and the plan cache
      claimed += result.claimed.length;
      await db('runs')
        .whereIn(
          'id',
          result.claimed.map(c => c.run.id),
        )
        .update({
          status: 'planned',
          attempt: 0,
          lease_token: null,
          lease_owner: null,
          lease_expires_at: null,
          started_at: null,
        });
    }
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.ceil((p / 100) * times.length) - 1];
    return {
      [label]: {
        instances,
        dueRuns: DUE,
        claimedPerStep: claimed / (SAMPLES + 20),
        p50Ms: Math.round(at(50) * 100) / 100,
        p95Ms: Math.round(at(95) * 100) / 100,
        maxMs: Math.round(at(100) * 100) / 100,
      },
    };
  } finally {
    await db.destroy();
  }
}

async function main() {
  report('claim', {
    ...(await scenario('spread', 10)),
    ...(await scenario('oneInstance', 1)),
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

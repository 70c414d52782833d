import { Knex } from 'knex';
import { ClaimedRun, DispatchRequest } from '../RunStore';
import { chunks, toDate } from '../rows';
import { RunRow, SLOT_ORDER, toRun } from '../runRows';
import {
  Candidate,
  chooseClaims,
  ClaimGroup,
  claimGroups,
  RunningCounts,
} from './chooseClaims';

/** SQLite allows 500 terms in a compound SELECT; this stays well below. */
const GROUPS_PER_STATEMENT = 100;

/**
 * Claims due runs within the caps, in slot order: reads the oldest due runs of each (instance, policy)
 * queue that has spare capacity — one statement of per-queue index range scans on runs_claim_idx — then
 * moves each chosen run to running under its own lease token. Only rows the update changed are claimed,
 * so a run cancelled or missed at the same moment is not executed.
 */
export async function claimRuns(
  trx: Knex.Transaction,
  request: DispatchRequest,
  now: Date,
): Promise<ClaimedRun[]> {
  const running = await runningCounts(trx);
  const groups = claimGroups(
    request.environmentCaps,
    request.policies,
    running,
  );
  if (groups.length === 0) return [];
  const candidates = await readCandidates(trx, groups, now);
  const chosen = chooseClaims(
    candidates.map(toCandidate),
    request.environmentCaps,
    request.policies,
    running,
  );
  if (chosen.length === 0) return [];
  const rows = new Map(candidates.map(row => [row.id, row]));
  // Each claim's token is this claim's id joined with the run's: unique per (claim, run), set in one update.
  const claimId = crypto.randomUUID();
  const updated: Array<{ id: string }> = await trx('runs')
    .whereIn(
      'id',
      chosen.map(c => c.id),
    )
    .where('status', 'planned')
    .update(
      {
        status: 'running',
        started_at: now,
        attempt: trx.raw('attempt + 1'),
        lease_owner: request.leaseOwner,
        lease_token: trx.raw('? || id', [`${claimId}:`]),
        lease_expires_at: new Date(now.getTime() + request.leaseDurationMs),
      },
      ['id'],
    );
  // Only the rows this update changed are claimed: a run cancelled or missed meanwhile is not. `chosen` is
  // already in slot order.
  const changed = new Set(updated.map(row => row.id));
  return chosen
    .filter(({ id }) => changed.has(id))
    .map(({ id }) => {
      const row = rows.get(id)!;
      return {
        run: toRun({
          ...row,
          status: 'running',
          started_at: now,
          attempt: Number(row.attempt) + 1,
        }),
        lease: { runId: id, token: `${claimId}:${id}` },
      };
    });
}

async function runningCounts(trx: Knex.Transaction): Promise<RunningCounts> {
  const rows = (await trx('runs')
    .where('status', 'running')
    .select('environment', 'policy_id')
    .count({ count: '*' })
    .groupBy('environment', 'policy_id')) as Array<{
    environment: string;
    policy_id: string | null;
    count: number | string;
  }>;
  const counts: RunningCounts = {
    byEnvironment: new Map(),
    byPolicy: new Map(),
  };
  const add = (map: Map<string, number>, key: string, n: number) =>
    map.set(key, (map.get(key) ?? 0) + n);
  for (const row of rows) {
    add(counts.byEnvironment, row.environment, Number(row.count));
    if (row.policy_id) add(counts.byPolicy, row.policy_id, Number(row.count));
  }
  return counts;
}

async function readCandidates(
  trx: Knex.Transaction,
  groups: readonly ClaimGroup[],
  now: Date,
): Promise<RunRow[]> {
  if (trx.client.config.client === 'pg')
    return readCandidatesLateral(trx, groups, now);
  const rows: RunRow[] = [];
  for (const batch of chunks(groups, GROUPS_PER_STATEMENT)) {
    const [first, ...rest] = batch.map((group, i) =>
      trx.select('*').from(queueHead(trx, group, now).as(`q${i}`)),
    );
    rows.push(...(await (rest.length > 0 ? first.unionAll(rest) : first)));
  }
  return rows;
}

/**
 * PostgreSQL: the same per-queue heads as one LATERAL join over a VALUES list, planned once instead of once
 * per queue (planning a 50-branch UNION costs more than running it).
 */
async function readCandidatesLateral(
  trx: Knex.Transaction,
  groups: readonly ClaimGroup[],
  now: Date,
): Promise<RunRow[]> {
  const rows: RunRow[] = [];
  const policyGroups = groups.filter(g => g.policyId !== null);
  if (policyGroups.length > 0) {
    const values = policyGroups.map(() => '(?, ?, ?::int)').join(', ');
    const { rows: found } = await trx.raw(
      `select r.* from (values ${values}) as q(environment, policy_id, lim)
       cross join lateral (
         select * from runs
         where status = 'planned' and environment = q.environment and policy_id = q.policy_id
           and planned_at <= ?
         order by planned_at, id limit q.lim
       ) r`,
      [...policyGroups.flatMap(g => [g.environment, g.policyId, g.limit]), now],
    );
    rows.push(...found);
  }
  const manualGroups = groups.filter(g => g.policyId === null);
  if (manualGroups.length > 0) {
    const values = manualGroups.map(() => '(?, ?::int)').join(', ');
    const { rows: found } = await trx.raw(
      `select r.* from (values ${values}) as q(environment, lim)
       cross join lateral (
         select * from runs
         where status = 'planned' and environment = q.environment and policy_id is null
           and planned_at <= ?
         order by planned_at, id limit q.lim
       ) r`,
      [...manualGroups.flatMap(g => [g.environment, g.limit]), now],
    );
    rows.push(...found);
  }
  return rows;
}

/** The oldest due runs of one queue: an index range scan on (status, environment, policy_id, planned_at). */
function queueHead(trx: Knex.Transaction, group: ClaimGroup, now: Date) {
  const q = trx<RunRow>('runs')
    .where({ status: 'planned', environment: group.environment })
    .where('planned_at', '<=', now);
  return (
    group.policyId === null
      ? q.whereNull('policy_id')
      : q.where('policy_id', group.policyId)
  )
    .orderBy(SLOT_ORDER)
    .limit(group.limit);
}

function toCandidate(row: RunRow): Candidate {
  return {
    id: row.id,
    environment: row.environment,
    policyId: row.policy_id,
    plannedAt: toDate(row.planned_at).getTime(),
  };
}

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
  const rows = new Map(candidates.map(row => [row.id, row]));
  const leaseExpiresAt = new Date(now.getTime() + request.leaseDurationMs);
  const claimed: ClaimedRun[] = [];
  for (const { id } of chosen) {
    const token = crypto.randomUUID();
    const updated = await trx('runs')
      .where({ id, status: 'planned' })
      .update({
        status: 'running',
        started_at: now,
        attempt: trx.raw('attempt + 1'),
        lease_owner: request.leaseOwner,
        lease_token: token,
        lease_expires_at: leaseExpiresAt,
      });
    if (updated === 0) continue;
    const row = rows.get(id)!;
    claimed.push({
      run: toRun({
        ...row,
        status: 'running',
        started_at: now,
        attempt: Number(row.attempt) + 1,
      }),
      lease: { runId: id, token },
    });
  }
  return claimed;
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
  const rows: RunRow[] = [];
  for (const batch of chunks(groups, GROUPS_PER_STATEMENT)) {
    const [first, ...rest] = batch.map((group, i) =>
      trx.select('*').from(queueHead(trx, group, now).as(`q${i}`)),
    );
    rows.push(...(await (rest.length > 0 ? first.unionAll(rest) : first)));
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

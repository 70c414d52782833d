import { Knex } from 'knex';
import { lockDispatch } from '../plugins/dashboard-health-backend/src/database/policyLock';
import { expireLeases } from '../plugins/dashboard-health-backend/src/database/queue/expireLeases';
import { markMissed } from '../plugins/dashboard-health-backend/src/database/queue/markMissed';
import { toDate } from '../plugins/dashboard-health-backend/src/database/rows';
import {
  RunRow,
  toRun,
} from '../plugins/dashboard-health-backend/src/database/runRows';
import {
  DispatchRequest,
  DispatchResult,
} from '../plugins/dashboard-health-backend/src/database/RunStore';

/**
 * For comparison only: the claim as it was before the engine-integrity work — the 200 oldest due runs of all
 * instances, skipping those whose instance or policy is at its cap — behind today's dispatch interface.
 */
export function legacyDispatch(db: Knex, now: () => Date) {
  return (request: DispatchRequest): Promise<DispatchResult> =>
    db.transaction(async trx => {
      await lockDispatch(trx);
      const at = now();
      const { retried, interrupted } = await expireLeases(trx, at);
      const missed = await markMissed(trx, at);
      const due: RunRow[] = await trx('runs')
        .where('status', 'planned')
        .where('planned_at', '<=', at)
        .orderBy([
          { column: 'planned_at', order: 'asc' },
          { column: 'id', order: 'asc' },
        ])
        .limit(200);
      const running = await trx('runs')
        .where('status', 'running')
        .select('environment', 'policy_id');
      const byEnvironment = new Map<string, number>();
      const byPolicy = new Map<string, number>();
      for (const row of running) {
        byEnvironment.set(
          row.environment,
          (byEnvironment.get(row.environment) ?? 0) + 1,
        );
        if (row.policy_id)
          byPolicy.set(row.policy_id, (byPolicy.get(row.policy_id) ?? 0) + 1);
      }
      const caps = new Map(request.policies.map(p => [p.id, p.maxConcurrency]));
      const claimed: DispatchResult['claimed'] = [];
      for (const row of due) {
        const used = byEnvironment.get(row.environment) ?? 0;
        if (used >= (request.environmentCaps.get(row.environment) ?? 0))
          continue;
        const cap = row.policy_id ? caps.get(row.policy_id) : undefined;
        const policyUsed = row.policy_id ? byPolicy.get(row.policy_id) ?? 0 : 0;
        if (cap !== undefined && policyUsed >= cap) continue;
        const token = crypto.randomUUID();
        await trx('runs')
          .where({ id: row.id })
          .update({
            status: 'running',
            started_at: at,
            attempt: trx.raw('attempt + 1'),
            lease_owner: request.leaseOwner,
            lease_token: token,
            lease_expires_at: new Date(at.getTime() + request.leaseDurationMs),
          });
        byEnvironment.set(row.environment, used + 1);
        if (row.policy_id) byPolicy.set(row.policy_id, policyUsed + 1);
        claimed.push({
          run: toRun({
            ...row,
            status: 'running',
            started_at: at,
            attempt: row.attempt + 1,
          }),
          lease: { runId: row.id, token },
        });
      }
      return { now: toDate(at), claimed, retried, interrupted, missed };
    });
}

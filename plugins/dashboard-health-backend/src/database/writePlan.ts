import { Knex } from 'knex';
import { PlanStoreResult, PlanToStore } from './PlanStore';
import { chunks, toDate } from './rows';
import { newRunId, RunRow } from './runRows';

const CHUNK = 500;

/**
 * Writes a plan inside the transaction that holds the policy's lock: inserts new slots, moves planned (or
 * cancelled) runs to their new slot, cancels planned runs of dashboards no longer in it and records which
 * policy version the date was planned from. Runs already started are never touched.
 */
export async function writePlan(
  trx: Knex.Transaction,
  plan: PlanToStore,
): Promise<PlanStoreResult> {
  const result: PlanStoreResult = {
    inserted: 0,
    moved: 0,
    cancelled: 0,
    alreadyStarted: 0,
  };
  const existing: RunRow[] = await trx('runs')
    .where({ policy_id: plan.policyId, plan_date: plan.planDate })
    .select('id', 'entity_ref', 'status', 'planned_at', 'deadline_at');
  const byRef = new Map(existing.map(row => [row.entity_ref, row]));
  const wanted = new Set(plan.slots.map(slot => slot.entityRef));

  const inserts: Partial<RunRow>[] = [];
  for (const slot of plan.slots) {
    const row = byRef.get(slot.entityRef);
    const plannedAt = new Date(slot.plannedAt);
    if (!row) {
      inserts.push({
        id: newRunId(),
        policy_id: plan.policyId,
        plan_date: plan.planDate,
        entity_ref: slot.entityRef,
        environment: plan.environment,
        trigger: 'schedule',
        status: 'planned',
        planned_at: plannedAt,
        deadline_at: plan.deadline,
        created_at: plan.now,
        attempt: 0,
      });
    } else if (row.status === 'planned' || row.status === 'cancelled') {
      const unchanged =
        row.status === 'planned' &&
        toDate(row.planned_at).getTime() === plannedAt.getTime() &&
        toDate(row.deadline_at).getTime() === plan.deadline.getTime();
      if (!unchanged) {
        await trx('runs')
          .where({ id: row.id })
          .whereIn('status', ['planned', 'cancelled'])
          .update({
            status: 'planned',
            planned_at: plannedAt,
            deadline_at: plan.deadline,
            environment: plan.environment,
            reason: null,
            finished_at: null,
          });
        result.moved++;
      }
    } else {
      result.alreadyStarted++;
    }
  }
  for (const chunk of chunks(inserts, CHUNK)) {
    await trx('runs').insert(chunk);
  }
  result.inserted = inserts.length;

  const dropped = existing
    .filter(row => row.status === 'planned' && !wanted.has(row.entity_ref))
    .map(row => row.id);
  for (const ids of chunks(dropped, CHUNK)) {
    result.cancelled += await trx('runs')
      .whereIn('id', ids)
      .where('status', 'planned')
      .update({
        status: 'cancelled',
        reason: 'removed from the policy',
        finished_at: plan.now,
      });
  }

  await trx('policy_plans')
    .insert({
      policy_id: plan.policyId,
      plan_date: plan.planDate,
      policy_version: plan.policyVersion,
      run_count: plan.slots.length + result.alreadyStarted,
      window_start: plan.windowStart,
      window_end: plan.windowEnd,
      planned_at: plan.now,
    })
    .onConflict(['policy_id', 'plan_date'])
    .merge();
  return result;
}

import { Run } from '@dashboard-health/plugin-dashboard-health-common';
import { Knex } from 'knex';
import { DatabaseTime, databaseServerTime } from './DatabaseTime';
import {
  PlanStore,
  PlanStoreResult,
  PlanToStore,
  PlannedRunRef,
} from './PlanStore';
import { lockPolicy } from './policyLock';
import { isCurrentPolicy } from './isCurrentPolicy';
import { chunks, toDate, toIso } from './rows';
import { RunRow, SLOT_ORDER, toRun } from './runRows';
import { RunBatches } from './runBatch';
import { writePlan } from './writePlan';

const CHUNK = 500;

export class DatabasePlanStore implements PlanStore {
  private readonly batches: RunBatches;

  constructor(
    private readonly db: Knex,
    time: DatabaseTime = databaseServerTime,
  ) {
    this.batches = new RunBatches(db, time);
  }

  createBatch(batch: Parameters<PlanStore['createBatch']>[0]) {
    return this.batches.createBatch(batch);
  }

  latestBatch(policyId: string) {
    return this.batches.latestBatch(policyId);
  }

  recordStatuses(recordIds: readonly string[]) {
    return this.batches.recordStatuses(recordIds);
  }

  async storePlan(plan: PlanToStore): Promise<PlanStoreResult> {
    return this.db.transaction(async trx => {
      await lockPolicy(trx, plan.policyId);
      if (!(await isCurrentPolicy(trx, plan.policyId, plan.policyVersion))) {
        const nothing = { inserted: 0, moved: 0, cancelled: 0 };
        return { ...nothing, alreadyStarted: 0, stale: true };
      }
      return writePlan(trx, plan);
    });
  }

  async startedRefs(policyId: string, planDate: string): Promise<Set<string>> {
    const rows = await this.db<RunRow>('runs')
      .where({ policy_id: policyId, plan_date: planDate })
      .whereNotIn('status', ['planned', 'cancelled'])
      .select('entity_ref');
    return new Set(rows.map(row => row.entity_ref));
  }

  async planVersions(
    policyIds: readonly string[],
  ): Promise<Map<string, string>> {
    const versions = new Map<string, string>();
    for (const ids of chunks(policyIds, CHUNK)) {
      const rows = await this.db('policy_plans')
        .whereIn('policy_id', ids)
        .select('policy_id', 'plan_date', 'policy_version');
      for (const row of rows) {
        versions.set(`${row.policy_id}/${row.plan_date}`, row.policy_version);
      }
    }
    return versions;
  }

  async plannedOutside(
    policyId: string,
    planDates: readonly string[],
  ): Promise<PlannedRunRef[]> {
    const rows = await this.db<RunRow>('runs')
      .where({ policy_id: policyId, status: 'planned' })
      .whereNotIn('plan_date', [...planDates])
      .select('id', 'plan_date', 'entity_ref', 'planned_at');
    return rows.map(row => ({
      id: row.id,
      planDate: row.plan_date!,
      entityRef: row.entity_ref,
      plannedAt: toDate(row.planned_at),
    }));
  }

  async cancelRuns(
    policy: { id: string; version: string },
    runIds: readonly string[],
    reason: string,
    now: Date,
  ): Promise<number> {
    if (runIds.length === 0) return 0;
    const policyId = policy.id;
    return this.db.transaction(async trx => {
      await lockPolicy(trx, policyId);
      if (!(await isCurrentPolicy(trx, policyId, policy.version))) return 0;
      let cancelled = 0;
      for (const ids of chunks(runIds, CHUNK)) {
        cancelled += await trx('runs')
          .where({ policy_id: policyId, status: 'planned' })
          .whereIn('id', ids)
          .update({ status: 'cancelled', reason, finished_at: now });
      }
      return cancelled;
    });
  }

  async cancelPolicy(
    policyId: string,
    reason: string,
    now: Date,
  ): Promise<number> {
    return this.db.transaction(async trx => {
      await lockPolicy(trx, policyId);
      await trx('policy_plans').where({ policy_id: policyId }).delete();
      const cancelled: number = await trx('runs')
        .where({ policy_id: policyId, status: 'planned' })
        .update({ status: 'cancelled', reason, finished_at: now });
      return cancelled;
    });
  }

  async planRuns(policyId: string, planDate: string): Promise<Run[]> {
    const rows = await this.db<RunRow>('runs')
      .where({ policy_id: policyId, plan_date: planDate })
      .orderBy(SLOT_ORDER);
    return rows.map(toRun);
  }

  async planBounds(policyId: string, planDate: string) {
    const row = await this.db('policy_plans')
      .where({ policy_id: policyId, plan_date: planDate })
      .first();
    return row
      ? {
          windowStart: toIso(row.window_start),
          windowEnd: toIso(row.window_end),
        }
      : undefined;
  }

  async prune(before: Date): Promise<number> {
    return this.db('policy_plans').where('window_end', '<', before).delete();
  }
}

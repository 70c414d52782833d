import {
  RecordStatus,
  Run,
} from '@dashboard-health/plugin-dashboard-health-common';
import { Knex } from 'knex';
import { DatabaseTime, readDatabaseTime } from './DatabaseTime';
import { PlanStore } from './PlanStore';
import { chunks } from './rows';
import { RunRow, SLOT_ORDER, toRun } from './runRows';

/** The plan store's "Validate now" batches and record outcomes: manual runs of one policy, spread in time. */
export class RunBatches {
  constructor(private readonly db: Knex, private readonly time: DatabaseTime) {}

  async createBatch(
    batch: Parameters<PlanStore['createBatch']>[0],
  ): Promise<Run[]> {
    const now = await readDatabaseTime(this.db, this.time);
    const deadline = new Date(
      now.getTime() + batch.spreadMs + batch.gracePeriodMs,
    );
    const rows = batch.slots.map(slot => ({
      id: slot.id,
      policy_id: batch.policyId,
      plan_date: null,
      entity_ref: slot.entityRef,
      environment: batch.environment,
      trigger: 'manual',
      status: 'planned',
      planned_at: new Date(now.getTime() + Math.round(slot.offsetMs)),
      deadline_at: deadline,
      created_at: now,
      requested_by: batch.requestedBy ?? null,
      attempt: 0,
    }));
    await this.db.transaction(async trx => {
      for (const part of chunks(rows, 500)) await trx('runs').insert(part);
    });
    return this.latestBatch(batch.policyId);
  }

  async latestBatch(policyId: string): Promise<Run[]> {
    const batch = () =>
      this.db('runs')
        .where({ policy_id: policyId, trigger: 'manual' })
        .whereNull('plan_date');
    const rows = await batch()
      .where('created_at', batch().max('created_at'))
      .orderBy(SLOT_ORDER);
    return (rows as RunRow[]).map(toRun);
  }

  async recordStatuses(
    recordIds: readonly string[],
  ): Promise<Map<string, RecordStatus>> {
    const result = new Map<string, RecordStatus>();
    for (const ids of chunks(recordIds, 500)) {
      const rows = await this.db('records')
        .whereIn('id', ids)
        .select('id', 'status');
      for (const row of rows) result.set(row.id, row.status);
    }
    return result;
  }
}

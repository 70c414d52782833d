import {
  FINAL_RUN_STATUSES,
  Page,
  Run,
  RunListQuery,
  RunStatus,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import { Knex } from 'knex';
import {
  DatabaseTime,
  databaseServerTime,
  readDatabaseTime,
} from './DatabaseTime';
import { insertRecord } from './insertRecord';
import { recordDuration } from './recordDuration';
import { keysetPage } from './keysetPage';
import { lockDispatch } from './policyLock';
import { claimRuns } from './queue/claimRuns';
import { expireLeases } from './queue/expireLeases';
import { markMissed } from './queue/markMissed';
import { probeQueue } from './queue/probeQueue';
import { chunks, toIso } from './rows';
import { RunRow, SLOT_ORDER, toRun } from './runRows';
import {
  DispatchRequest,
  DispatchResult,
  Lease,
  QueueProbe,
  RunOutcome,
  RunStore,
} from './RunStore';

const CHUNK = 500;

export class DatabaseRunStore implements RunStore {
  constructor(
    private readonly db: Knex,
    private readonly time: DatabaseTime = databaseServerTime,
  ) {}

  probe(): Promise<QueueProbe> {
    return probeQueue(this.db, this.time);
  }

  async dispatch(request: DispatchRequest): Promise<DispatchResult> {
    return this.db.transaction(async trx => {
      await lockDispatch(trx);
      const now = await readDatabaseTime(trx, this.time);
      const { retried, interrupted } = await expireLeases(trx, now);
      const missed = await markMissed(trx, now);
      const claimed = await claimRuns(trx, request, now);
      return { now, claimed, retried, interrupted, missed };
    });
  }

  async createManualRun(input: {
    id: string;
    entityRef: string;
    environment: string;
    requestedBy?: string;
    gracePeriodMs: number;
  }): Promise<Run> {
    const now = await readDatabaseTime(this.db, this.time);
    await this.db('runs').insert({
      id: input.id,
      policy_id: null,
      plan_date: null,
      entity_ref: input.entityRef,
      environment: input.environment,
      trigger: 'manual',
      status: 'planned',
      planned_at: now,
      deadline_at: new Date(now.getTime() + input.gracePeriodMs),
      created_at: now,
      requested_by: input.requestedBy ?? null,
      attempt: 0,
    });
    return (await this.get(input.id))!;
  }

  async extendLease(lease: Lease, durationMs: number): Promise<boolean> {
    const now = await readDatabaseTime(this.db, this.time);
    const count = await this.held(this.db, lease).update({
      lease_expires_at: new Date(now.getTime() + durationMs),
    });
    return count > 0;
  }

  async finish(
    lease: Lease,
    outcome: RunOutcome,
    record?: ValidationRecord,
  ): Promise<boolean> {
    return this.db.transaction(async trx => {
      const count = await this.held(trx, lease).update({
        status: outcome.status,
        reason: outcome.reason ?? null,
        record_id: outcome.recordId ?? null,
        finished_at: outcome.finishedAt,
        lease_owner: null,
        lease_token: null,
        lease_expires_at: null,
      });
      if (count === 0) return false;
      if (record) await insertRecord(trx, record);
      // Only validations that completed measure the dashboard's cost; an error (timeout, outage) does not.
      if (record && record.status !== 'error') {
        await recordDuration(
          trx,
          record.entityRef,
          record.durationMs,
          outcome.finishedAt,
        );
      }
      return true;
    });
  }

  async release(lease: Lease): Promise<boolean> {
    const count = await this.held(this.db, lease).update({
      status: 'planned',
      attempt: this.db.raw('attempt - 1'),
      reason: 'released by a backend shutting down; another one picks it up',
      lease_owner: null,
      lease_token: null,
      lease_expires_at: null,
    });
    return count > 0;
  }

  async get(id: string): Promise<Run | undefined> {
    const row = await this.db<RunRow>('runs').where({ id }).first();
    return row ? toRun(row) : undefined;
  }

  async list(query: RunListQuery): Promise<Page<Run>> {
    let q = this.db<RunRow>('runs');
    if (query.entityRef) q = q.where('entity_ref', query.entityRef);
    if (query.policyId) q = q.where('policy_id', query.policyId);
    if (query.status) q = q.where('status', query.status);
    if (query.from) q = q.where('planned_at', '>=', new Date(query.from));
    if (query.to) q = q.where('planned_at', '<', new Date(query.to));
    return keysetPage<RunRow, Run>(q, {
      timeColumn: 'planned_at',
      limit: query.limit,
      cursor: query.cursor,
      toItem: toRun,
    });
  }

  async nextPlanned(entityRef: string): Promise<Run | undefined> {
    const row = await this.db<RunRow>('runs')
      .where({ entity_ref: entityRef, status: 'planned' })
      .orderBy(SLOT_ORDER)
      .first();
    return row ? toRun(row) : undefined;
  }

  async nextPlannedAt(
    entityRefs: readonly string[],
  ): Promise<Map<string, string>> {
    const next = new Map<string, string>();
    for (const refs of chunks(entityRefs, CHUNK)) {
      const rows = (await this.db('runs')
        .whereIn('entity_ref', refs)
        .where('status', 'planned')
        .select('entity_ref')
        .min({ next: 'planned_at' })
        .groupBy('entity_ref')) as Array<{ entity_ref: string; next: unknown }>;
      for (const row of rows) next.set(row.entity_ref, toIso(row.next));
    }
    return next;
  }

  async prune(before: Date): Promise<number> {
    return this.db('runs')
      .whereIn('status', [...FINAL_RUN_STATUSES])
      .where('finished_at', '<', before)
      .delete();
  }

  async dueCounts(): Promise<Map<string, number>> {
    const rows = (await this.db('runs')
      .where('status', 'planned')
      .where('planned_at', '<=', this.time.now(this.db))
      .select('environment')
      .count({ count: '*' })
      .groupBy('environment')) as Array<{
      environment: string;
      count: number | string;
    }>;
    return new Map(rows.map(row => [row.environment, Number(row.count)]));
  }

  async countByStatus(): Promise<Partial<Record<RunStatus, number>>> {
    const rows = (await this.db('runs')
      .select('status')
      .count({ count: '*' })
      .groupBy('status')) as Array<{
      status: RunStatus;
      count: number | string;
    }>;
    return Object.fromEntries(rows.map(row => [row.status, Number(row.count)]));
  }

  /** The run, only while this claim holds it: every lease write is fenced by the claim's token. */
  private held(db: Knex, lease: Lease) {
    return db('runs').where({
      id: lease.runId,
      lease_token: lease.token,
      status: 'running',
    });
  }
}

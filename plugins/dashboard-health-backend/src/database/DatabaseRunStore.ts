import {
  FINAL_RUN_STATUSES,
  Page,
  Run,
  RunListQuery,
  RunStatus,
  ValidationRecord,
} from '@internal/plugin-dashboard-health-common';
import { Knex } from 'knex';
import { recordToRow } from './DatabaseRecordStore';
import { upsertEntityHealth } from './entityHealth';
import { keysetPage } from './keysetPage';
import {
  ClaimRequest,
  PlanStoreResult,
  PlanToStore,
  RunOutcome,
  RunStore,
} from './RunStore';
import { chunks, toDate, toIso, toIsoOrNull } from './rows';

interface RunRow {
  id: string;
  policy_id: string | null;
  plan_date: string | null;
  entity_ref: string;
  environment: string;
  trigger: 'schedule' | 'manual';
  status: RunStatus;
  planned_at: unknown;
  started_at: unknown;
  finished_at: unknown;
  deadline_at: unknown;
  created_at: unknown;
  attempt: number;
  reason: string | null;
  record_id: string | null;
  requested_by: string | null;
  lease_owner: string | null;
  lease_expires_at: unknown;
}

/** Serialises claims across replicas on PostgreSQL; claims hold it for milliseconds. */
const DISPATCH_LOCK_KEY = 0x64617368; // "dash"
/** A run interrupted this many times (lease expired while running) ends `error` instead of another retry. */
const MAX_ATTEMPTS = 2;
const INSERT_CHUNK = 500;

export class DatabaseRunStore implements RunStore {
  constructor(private readonly db: Knex) {}

  async storePlan(plan: PlanToStore): Promise<PlanStoreResult> {
    const result: PlanStoreResult = {
      inserted: 0,
      moved: 0,
      cancelled: 0,
      alreadyStarted: 0,
    };
    await this.db.transaction(async trx => {
      const existing = await trx<RunRow>('runs')
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
      for (const chunk of chunks(inserts, INSERT_CHUNK)) {
        await trx('runs').insert(chunk);
      }
      result.inserted = inserts.length;

      const dropped = existing
        .filter(row => row.status === 'planned' && !wanted.has(row.entity_ref))
        .map(row => row.id);
      for (const ids of chunks(dropped, INSERT_CHUNK)) {
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
    });
    return result;
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
    for (const ids of chunks(policyIds, INSERT_CHUNK)) {
      const rows = await this.db('policy_plans')
        .whereIn('policy_id', ids)
        .select('policy_id', 'plan_date', 'policy_version');
      for (const row of rows) {
        versions.set(`${row.policy_id}/${row.plan_date}`, row.policy_version);
      }
    }
    return versions;
  }

  async cancelPolicy(
    policyId: string,
    reason: string,
    now: Date,
  ): Promise<number> {
    return this.db.transaction(async trx => {
      await trx('policy_plans').where({ policy_id: policyId }).delete();
      const cancelled: number = await trx('runs')
        .where({ policy_id: policyId, status: 'planned' })
        .update({ status: 'cancelled', reason, finished_at: now });
      return cancelled;
    });
  }

  async createManualRun(input: {
    id: string;
    entityRef: string;
    environment: string;
    requestedBy?: string;
    now: Date;
    deadline: Date;
  }): Promise<Run> {
    await this.db('runs').insert({
      id: input.id,
      policy_id: null,
      plan_date: null,
      entity_ref: input.entityRef,
      environment: input.environment,
      trigger: 'manual',
      status: 'planned',
      planned_at: input.now,
      deadline_at: input.deadline,
      created_at: input.now,
      requested_by: input.requestedBy ?? null,
      attempt: 0,
    });
    return (await this.get(input.id))!;
  }

  async expireLeases(
    now: Date,
  ): Promise<{ retried: number; interrupted: number }> {
    const expired = () =>
      this.db('runs')
        .where('status', 'running')
        .where('lease_expires_at', '<', now);
    // Out of attempts or out of time: the run ends, with the reason on it.
    const interrupted = await expired()
      .where(q =>
        q.where('attempt', '>=', MAX_ATTEMPTS).orWhere('deadline_at', '<', now),
      )
      .update({
        status: 'error',
        reason:
          'interrupted: the backend running it stopped (lease expired) and it cannot be retried',
        finished_at: now,
        lease_owner: null,
        lease_expires_at: null,
      });
    // Otherwise back in the queue at its original slot, so it goes first.
    const retried = await expired().update({
      status: 'planned',
      reason:
        'interrupted: the backend running it stopped (lease expired); retrying',
      lease_owner: null,
      lease_expires_at: null,
    });
    return { retried, interrupted };
  }

  async markMissed(now: Date): Promise<number> {
    // planned_at <= deadline_at always, so the planned_at bound keeps this on the (status, planned_at)
    // index and idle ticks read only overdue rows, however many runs are planned ahead.
    return this.db('runs')
      .where('status', 'planned')
      .where('planned_at', '<=', now)
      .where('deadline_at', '<', now)
      .update({
        status: 'missed',
        reason:
          'not started before the window end plus grace period (the instance was at its concurrency cap or no backend was running)',
        finished_at: now,
      });
  }

  async claimDue(request: ClaimRequest): Promise<Run[]> {
    const { now } = request;
    const scanLimit = request.scanLimit ?? 200;
    return this.db.transaction(async trx => {
      if (this.db.client.config.client === 'pg') {
        await trx.raw('select pg_advisory_xact_lock(?)', [DISPATCH_LOCK_KEY]);
      }
      const due = await trx<RunRow>('runs')
        .where('status', 'planned')
        .where('planned_at', '<=', now)
        .orderBy([
          { column: 'planned_at', order: 'asc' },
          { column: 'id', order: 'asc' },
        ])
        .limit(scanLimit);
      if (due.length === 0) return [];

      const running = (await trx('runs')
        .where('status', 'running')
        .select('environment', 'policy_id')
        .count({ count: '*' })
        .groupBy('environment', 'policy_id')) as Array<{
        environment: string;
        policy_id: string | null;
        count: number | string;
      }>;
      const byEnvironment = new Map<string, number>();
      const byPolicy = new Map<string, number>();
      for (const row of running) {
        const count = Number(row.count);
        byEnvironment.set(
          row.environment,
          (byEnvironment.get(row.environment) ?? 0) + count,
        );
        if (row.policy_id) byPolicy.set(row.policy_id, count);
      }

      const policyIds = [
        ...new Set(due.flatMap(r => (r.policy_id ? [r.policy_id] : []))),
      ];
      const policyCaps = new Map<string, number>();
      if (policyIds.length > 0) {
        const rows = await trx('policies')
          .whereIn('id', policyIds)
          .whereNotNull('max_concurrency')
          .select('id', 'max_concurrency');
        for (const row of rows)
          policyCaps.set(row.id, Number(row.max_concurrency));
      }

      const chosen: RunRow[] = [];
      for (const run of due) {
        const environmentCount = byEnvironment.get(run.environment) ?? 0;
        if (environmentCount >= request.environmentCap(run.environment))
          continue;
        if (run.policy_id) {
          const cap = policyCaps.get(run.policy_id);
          const policyCount = byPolicy.get(run.policy_id) ?? 0;
          if (cap !== undefined && policyCount >= cap) continue;
          byPolicy.set(run.policy_id, policyCount + 1);
        }
        byEnvironment.set(run.environment, environmentCount + 1);
        chosen.push(run);
      }
      if (chosen.length === 0) return [];

      await trx('runs')
        .whereIn(
          'id',
          chosen.map(run => run.id),
        )
        .where('status', 'planned')
        .update({
          status: 'running',
          started_at: now,
          attempt: trx.raw('attempt + 1'),
          lease_owner: request.leaseOwner,
          lease_expires_at: request.leaseExpiresAt,
        });
      return chosen.map(run =>
        toRun({
          ...run,
          status: 'running',
          started_at: now,
          attempt: run.attempt + 1,
        }),
      );
    });
  }

  async extendLease(
    runId: string,
    leaseOwner: string,
    until: Date,
  ): Promise<boolean> {
    const count = await this.db('runs')
      .where({ id: runId, lease_owner: leaseOwner, status: 'running' })
      .update({ lease_expires_at: until });
    return count > 0;
  }

  async finish(
    runId: string,
    leaseOwner: string,
    outcome: RunOutcome,
    record?: ValidationRecord,
  ): Promise<boolean> {
    return this.db.transaction(async trx => {
      const count = await trx('runs')
        .where({ id: runId, lease_owner: leaseOwner, status: 'running' })
        .update({
          status: outcome.status,
          reason: outcome.reason ?? null,
          record_id: outcome.recordId ?? null,
          finished_at: outcome.finishedAt,
          lease_owner: null,
          lease_expires_at: null,
        });
      if (count === 0) return false;
      if (record) {
        await trx('records').insert(recordToRow(record));
        await upsertEntityHealth(trx, record);
      }
      return true;
    });
  }

  async release(runId: string, leaseOwner: string): Promise<boolean> {
    const count = await this.db('runs')
      .where({ id: runId, lease_owner: leaseOwner, status: 'running' })
      .update({
        status: 'planned',
        attempt: this.db.raw('attempt - 1'),
        reason: 'released by a backend shutting down; another one picks it up',
        lease_owner: null,
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

  async planRuns(policyId: string, planDate: string): Promise<Run[]> {
    const rows = await this.db<RunRow>('runs')
      .where({ policy_id: policyId, plan_date: planDate })
      .orderBy([
        { column: 'planned_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ]);
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

  async nextPlanned(entityRef: string): Promise<Run | undefined> {
    const row = await this.db<RunRow>('runs')
      .where({ entity_ref: entityRef, status: 'planned' })
      .orderBy([
        { column: 'planned_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .first();
    return row ? toRun(row) : undefined;
  }

  async nextPlannedAt(
    entityRefs: readonly string[],
  ): Promise<Map<string, string>> {
    const next = new Map<string, string>();
    for (const refs of chunks(entityRefs, INSERT_CHUNK)) {
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

  async prune(before: Date): Promise<{ runs: number; plans: number }> {
    const runs: number = await this.db('runs')
      .whereIn('status', [...FINAL_RUN_STATUSES])
      .where('finished_at', '<', before)
      .delete();
    const plans: number = await this.db('policy_plans')
      .where('window_end', '<', before)
      .delete();
    return { runs, plans };
  }

  async dueCounts(now: Date): Promise<Map<string, number>> {
    const rows = (await this.db('runs')
      .where('status', 'planned')
      .where('planned_at', '<=', now)
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
}

function toRun(row: RunRow): Run {
  return {
    id: row.id,
    policyId: row.policy_id,
    entityRef: row.entity_ref,
    environment: row.environment,
    trigger: row.trigger,
    status: row.status,
    plannedAt: toIso(row.planned_at),
    startedAt: toIsoOrNull(row.started_at),
    finishedAt: toIsoOrNull(row.finished_at),
    deadlineAt: toIsoOrNull(row.deadline_at),
    attempt: Number(row.attempt),
    reason: row.reason,
    recordId: row.record_id,
    requestedBy: row.requested_by,
  };
}

/** Random ids: nothing may depend on their order but the paging tie-break. */
export function newRunId(): string {
  return `run-${crypto.randomUUID()}`;
}

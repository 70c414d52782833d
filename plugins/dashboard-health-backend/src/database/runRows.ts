import {
  Run,
  RunStatus,
} from '@dashboard-health/plugin-dashboard-health-common';
import { toIso, toIsoOrNull } from './rows';

/** A row of the runs table, shared by the run store (queue, leases) and the plan store. */
export interface RunRow {
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
  lease_token: string | null;
  lease_expires_at: unknown;
}

export function toRun(row: RunRow): Run {
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

/** Slot order: planned time, then id, the tie-break every reader of the queue uses. */
export const SLOT_ORDER = [
  { column: 'planned_at', order: 'asc' as const },
  { column: 'id', order: 'asc' as const },
];

/** Random ids: nothing may depend on their order but the paging tie-break. */
export function newRunId(): string {
  return `run-${crypto.randomUUID()}`;
}

import {
  HealthSummary,
  Issue,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import { Knex } from 'knex';
import { chunks, toIso } from './rows';

interface EntityHealthRow {
  entity_ref: string;
  environment: string;
  record_id: string;
  status: HealthSummary['status'];
  previous_status: HealthSummary['status'] | null;
  summary: string;
  critical_count: number;
  warning_count: number;
  info_count: number;
  top_issue: string | null;
  issue_messages: string | null;
  finished_at: unknown;
}

/** Search documents index this many issue messages per dashboard; the rest are on the record. */
const MAX_ISSUE_MESSAGES = 20;

/** The most severe issue, which lists show as the one-line reason. */
export function topIssue(issues: readonly Issue[]): Issue | undefined {
  return (
    issues.find(i => i.severity === 'critical') ??
    issues.find(i => i.severity === 'warning') ??
    issues[0]
  );
}

/**
 * Makes `record` its entity's latest in entity_health, unless a newer record is already there (a late
 * retry must not overwrite a newer result). One upsert, so concurrent finishes of one dashboard neither
 * collide on the key nor let an older record win: the newer finished_at wins whichever commits last.
 */
export async function upsertEntityHealth(
  trx: Knex.Transaction,
  record: ValidationRecord,
): Promise<void> {
  const count = (severity: Issue['severity']) =>
    record.issues.filter(i => i.severity === severity).length;
  const row: EntityHealthRow = {
    entity_ref: record.entityRef,
    environment: record.environment,
    record_id: record.id,
    status: record.status,
    previous_status: null,
    summary: record.summary,
    critical_count: count('critical'),
    warning_count: count('warning'),
    info_count: count('info'),
    top_issue: topIssue(record.issues)?.message ?? null,
    issue_messages: JSON.stringify(
      record.issues.slice(0, MAX_ISSUE_MESSAGES).map(i => i.message),
    ),
    finished_at: new Date(record.finishedAt),
  };
  const { entity_ref: _key, ...update } = row;
  await trx('entity_health')
    .insert(row)
    .onConflict('entity_ref')
    .merge({ ...update, previous_status: trx.ref('entity_health.status') })
    .where('entity_health.finished_at', '<=', row.finished_at as Date);
}

/** Dashboards whose latest outcome has one of these statuses, most recently checked first. */
export async function listEntityHealthByStatus(
  db: Knex,
  query: { statuses: readonly string[]; environment?: string; limit: number },
): Promise<Array<Omit<HealthSummary, 'nextRunAt'>>> {
  let q = db<EntityHealthRow>('entity_health').whereIn('status', [
    ...query.statuses,
  ]);
  if (query.environment) q = q.where('environment', query.environment);
  const rows = await q.orderBy('finished_at', 'desc').limit(query.limit);
  return rows.map(toSummary);
}

/** Latest outcomes of the given entities (those ever checked), by primary key. */
export async function readEntityHealth(
  db: Knex,
  entityRefs: readonly string[],
): Promise<Array<Omit<HealthSummary, 'nextRunAt'>>> {
  const result: Array<Omit<HealthSummary, 'nextRunAt'>> = [];
  for (const refs of chunks(entityRefs, 500)) {
    const rows = await db<EntityHealthRow>('entity_health').whereIn(
      'entity_ref',
      refs,
    );
    result.push(...rows.map(toSummary));
  }
  return result;
}

function toSummary(row: EntityHealthRow): Omit<HealthSummary, 'nextRunAt'> {
  return {
    entityRef: row.entity_ref,
    environment: row.environment,
    status: row.status,
    previousStatus: row.previous_status,
    summary: row.summary,
    issueCounts: {
      critical: Number(row.critical_count),
      warning: Number(row.warning_count),
      info: Number(row.info_count),
    },
    topIssue: row.top_issue,
    issueMessages: row.issue_messages
      ? (JSON.parse(row.issue_messages) as string[])
      : [row.top_issue].filter((m): m is string => m !== null),
    recordId: row.record_id,
    lastCheckedAt: toIso(row.finished_at),
  };
}

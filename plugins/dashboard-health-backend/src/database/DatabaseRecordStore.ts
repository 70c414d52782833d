import {
  Page,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import { Knex } from 'knex';
import { listEntityHealthByStatus, readEntityHealth } from './entityHealth';
import { insertRecord } from './insertRecord';
import { keysetPage } from './keysetPage';
import { RecordStore } from './RecordStore';
import { chunks, fromJson, toIso } from './rows';

interface RecordRow {
  id: string;
  entity_ref: string;
  environment: string;
  policy_id: string | null;
  run_id: string | null;
  status: ValidationRecord['status'];
  summary: string;
  issues: string;
  facts: string;
  llm: string;
  started_at: unknown;
  finished_at: unknown;
  duration_ms: number;
  llm_total_tokens?: number | null;
  llm_summary?: string | null;
}

export class DatabaseRecordStore implements RecordStore {
  constructor(private readonly db: Knex) {}

  async insert(record: ValidationRecord): Promise<void> {
    await this.db.transaction(trx => insertRecord(trx, record));
  }

  async summaries(entityRefs: readonly string[]) {
    return readEntityHealth(this.db, entityRefs);
  }

  async listByStatus(query: {
    statuses: readonly string[];
    environment?: string;
    limit: number;
  }) {
    return listEntityHealthByStatus(this.db, query);
  }

  async tokensUsedSince(policyId: string, since: Date): Promise<number> {
    const [row] = await this.db('records')
      .where('policy_id', policyId)
      .where('finished_at', '>=', since)
      .sum({ tokens: 'llm_total_tokens' });
    return Number(row?.tokens ?? 0);
  }

  async prune(
    before: Date,
    isKnown: (entityRef: string) => boolean,
  ): Promise<number> {
    // Old records that are not their entity's latest (the correlated MAX uses the entity index).
    const superseded = await this.db('records')
      .where('finished_at', '<', before)
      .where(
        'finished_at',
        '<',
        this.db('records as latest')
          .max('latest.finished_at')
          .where('latest.entity_ref', this.db.ref('records.entity_ref')),
      )
      .delete();
    // The latest records left of entities that left the catalog go too, once they are old enough.
    const old = await this.db('records')
      .where('finished_at', '<', before)
      .distinct('entity_ref');
    const gone = old
      .map(row => row.entity_ref as string)
      .filter(ref => !isKnown(ref));
    let orphans = 0;
    for (const refs of chunks(gone, 500)) {
      orphans += await this.db('records')
        .whereIn('entity_ref', refs)
        .where('finished_at', '<', before)
        .delete();
    }
    return superseded + orphans;
  }

  async get(id: string): Promise<ValidationRecord | undefined> {
    const row = await this.db<RecordRow>('records').where({ id }).first();
    return row ? toRecord(row) : undefined;
  }

  async latest(entityRef: string): Promise<ValidationRecord | undefined> {
    const row = await this.db<RecordRow>('records')
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'finished_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first();
    return row ? toRecord(row) : undefined;
  }

  async latestCompleted(
    entityRef: string,
  ): Promise<ValidationRecord | undefined> {
    // Walks the (entity_ref, finished_at) index newest first and stops at the first non-error row.
    const row = await this.db<RecordRow>('records')
      .where({ entity_ref: entityRef })
      .whereNot('status', 'error')
      .orderBy([
        { column: 'finished_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .first();
    return row ? toRecord(row) : undefined;
  }

  async list(query: {
    entityRef: string;
    limit: number;
    cursor?: string;
  }): Promise<Page<ValidationRecord>> {
    return keysetPage<RecordRow, ValidationRecord>(
      this.db<RecordRow>('records').where('entity_ref', query.entityRef),
      {
        timeColumn: 'finished_at',
        limit: query.limit,
        cursor: query.cursor,
        toItem: toRecord,
      },
    );
  }
}

/** The records row of a record; insertRecord writes it. */
export function recordToRow(record: ValidationRecord): RecordRow {
  return {
    id: record.id,
    entity_ref: record.entityRef,
    environment: record.environment,
    policy_id: record.policyId,
    run_id: record.runId,
    status: record.status,
    summary: record.summary,
    issues: JSON.stringify(record.issues),
    facts: JSON.stringify(record.facts),
    llm: JSON.stringify(record.llm),
    started_at: new Date(record.startedAt),
    finished_at: new Date(record.finishedAt),
    duration_ms: record.durationMs,
    llm_total_tokens: record.llm.totalTokens ?? null,
    llm_summary: record.llmSummary ?? null,
  };
}

function toRecord(row: RecordRow): ValidationRecord {
  const record: ValidationRecord = {
    id: row.id,
    entityRef: row.entity_ref,
    environment: row.environment,
    policyId: row.policy_id,
    runId: row.run_id,
    status: row.status,
    summary: row.summary,
    issues: fromJson(row.issues),
    facts: fromJson(row.facts),
    llm: fromJson(row.llm),
    startedAt: toIso(row.started_at),
    finishedAt: toIso(row.finished_at),
    durationMs: Number(row.duration_ms),
  };
  if (row.llm_summary) record.llmSummary = row.llm_summary;
  return record;
}

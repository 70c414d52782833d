import {
  HealthSummary,
  Page,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';

/** Where ValidationRecords live. One implementation, on the plugin database. */
export interface RecordStore {
  /** Stores a record and makes it its entity's latest (runs store theirs through RunStore.finish). */
  insert(record: ValidationRecord): Promise<void>;
  /** LLM tokens a policy's records have used since an instant (its daily budget). */
  tokensUsedSince(policyId: string, since: Date): Promise<number>;
  /**
   * Retention: deletes records finished before `before`, except each entity's latest record while the entity
   * is still in the catalog (`isKnown`); returns how many were deleted.
   */
  prune(before: Date, isKnown: (entityRef: string) => boolean): Promise<number>;
  /** The latest outcome of each of these entities that has been checked (entity_health, by key). */
  summaries(
    entityRefs: readonly string[],
  ): Promise<Array<Omit<HealthSummary, 'nextRunAt'>>>;
  /** Dashboards whose latest outcome has one of these statuses, most recently checked first. */
  listByStatus(query: {
    statuses: readonly string[];
    environment?: string;
    limit: number;
  }): Promise<Array<Omit<HealthSummary, 'nextRunAt'>>>;
  get(id: string): Promise<ValidationRecord | undefined>;
  /** The newest record of an entity (by finishedAt), served by the (entity_ref, finished_at) index. */
  latest(entityRef: string): Promise<ValidationRecord | undefined>;
  /** The newest record of an entity whose status is not `error`: its last completed check. */
  latestCompleted(entityRef: string): Promise<ValidationRecord | undefined>;
  /** An entity's records, newest first. */
  list(query: {
    entityRef: string;
    limit: number;
    cursor?: string;
  }): Promise<Page<ValidationRecord>>;
}

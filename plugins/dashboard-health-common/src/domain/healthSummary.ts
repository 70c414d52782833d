import { z } from 'zod';
import { entityRefSchema, MAX_ENTITY_REFS } from './entityRef';
import { RecordStatus } from './record';

/**
 * One dashboard's health at a glance: what lists (Health Center, catalog column, search) show.
 *
 * @public
 */
export interface HealthSummary {
  /** The dashboard's entity ref. */
  entityRef: string;
  /** Id of the Superset instance the dashboard lives on. */
  environment: string;
  /** Status of the latest record. */
  status: RecordStatus;
  /** The status of the record before the latest one; null for the first record. */
  previousStatus: RecordStatus | null;
  /** Summary of the latest record. */
  summary: string;
  /** Issues of the latest record, counted by severity. */
  issueCounts: { critical: number; warning: number; info: number };
  /** The message of the most severe issue. */
  topIssue: string | null;
  /** The issue messages of the latest record (capped), for search. */
  issueMessages: string[];
  /** Id of the latest record. */
  recordId: string;
  /** When the latest record was made (ISO instant). */
  lastCheckedAt: string;
  /** The next planned run, if any. */
  nextRunAt: string | null;
}

/**
 * `POST /health/batch`: the health of many dashboards in one call.
 *
 * @public
 */
export const healthBatchRequestSchema = z.object({
  entityRefs: z
    .array(entityRefSchema)
    .max(MAX_ENTITY_REFS, `must list at most ${MAX_ENTITY_REFS} dashboards`),
});

/**
 * Answer of `POST /health/batch`: summaries of the dashboards that have been checked and that the caller
 * may see; never-checked ones are listed in `unchecked` with their next run, invisible ones are left out.
 *
 * @public
 */
export interface HealthBatchResponse {
  /** Summaries of the checked dashboards the caller may see. */
  items: HealthSummary[];
  /** Visible dashboards never checked yet, with their next planned run (or null). */
  unchecked: Array<{ entityRef: string; nextRunAt: string | null }>;
}

import { RecordStatus } from './record';

/**
 * The search document type of dashboard health: the collator indexes it, the result item matches on it.
 *
 * @public
 */
export const DASHBOARD_HEALTH_DOCUMENT_TYPE = 'dashboard-health';

/**
 * A dashboard's latest status, or `never` when it has not been checked yet.
 *
 * @public
 */
export type DashboardHealthStatus = RecordStatus | 'never';

/**
 * What a `dashboard-health` search document carries beyond the standard title, text and location; the
 * collator writes these fields and the search result item reads them.
 *
 * @public
 */
export interface DashboardHealthDocumentFields {
  /** The dashboard's entity ref. */
  entityRef: string;
  /** The latest status, or `never`. */
  status: DashboardHealthStatus;
  /** Summary of the latest record; empty when never checked. */
  summary: string;
  /** Message of the most severe issue; empty when there is none. */
  topIssue: string;
  /** Id of the Superset instance the dashboard lives on. */
  environment: string;
  /** The dashboard entity's `spec.owner`. */
  owner: string;
  /** ISO instant, empty when never checked. */
  lastCheckedAt: string;
}

import { RecordStatus } from './record';

/** The search document type of dashboard health: the collator indexes it, the result item matches on it. */
export const DASHBOARD_HEALTH_DOCUMENT_TYPE = 'dashboard-health';

/** A dashboard's latest status, or `never` when it has not been checked yet. */
export type DashboardHealthStatus = RecordStatus | 'never';

/**
 * What a `dashboard-health` search document carries beyond the standard title, text and location; the
 * collator writes these fields and the search result item reads them.
 */
export interface DashboardHealthDocumentFields {
  entityRef: string;
  status: DashboardHealthStatus;
  summary: string;
  topIssue: string;
  environment: string;
  owner: string;
  /** ISO instant, empty when never checked. */
  lastCheckedAt: string;
}

import { IndexableDocument } from '@backstage/plugin-search-common';

/** The search document type of dashboard health; the frontend's result item matches on it. */
export const DASHBOARD_HEALTH_DOCUMENT_TYPE = 'dashboard-health';

/** One dashboard with its latest health, as the search index holds it. */
export interface DashboardHealthDocument extends IndexableDocument {
  entityRef: string;
  /** `pass | warn | fail | error`, or `never` for dashboards not yet checked. */
  status: string;
  summary: string;
  topIssue: string;
  environment: string;
  owner: string;
  /** ISO instant, empty when never checked. */
  lastCheckedAt: string;
}

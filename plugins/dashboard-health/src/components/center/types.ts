import { HealthSummary } from '@dashboard-health/plugin-dashboard-health-common';
import { DisplayStatus } from '../shared';

/** The catalog facts of one dashboard that the Health Center and the policy editor need. */
export interface DashboardEntity {
  /** The entity ref from `stringifyEntityRef`, what the backend is sent. */
  ref: string;
  /**
   * The ref lower-cased, the way the backend normalises refs. Every join and lookup uses it, so matching
   * does not depend on how a catalog-model version spells refs (older ones kept the name's case).
   */
  key: string;
  name: string;
  namespace: string;
  /** `metadata.title`, falling back to the name. */
  title: string;
  /** The Superset instance annotation; '' when the entity lacks it. */
  environment: string;
  /** The owner as a full entity ref (`group:default/data-team`), or '' without one. */
  owner: string;
}

/** One line of the Health Center: a catalog dashboard joined with its health. */
export interface DashboardRow extends DashboardEntity {
  status: DisplayStatus;
  summary: string | null;
  issueCounts: HealthSummary['issueCounts'];
  topIssue: string | null;
  lastCheckedAt: string | null;
  nextRunAt: string | null;
  /** Lower-case title, name and top issue, built once per load so the search stays cheap on 10,000 rows. */
  searchText: string;
}

import type {
  Ownership,
  ScenarioChart,
  ScenarioDashboard,
  ScenarioDatabase,
  ScenarioDataset,
  ScenarioUser,
} from '../scenario/schema';
import type { EpochMicros } from '../time/timestamps';

/**
 * The scenario resolved for serving: references replaced by objects, defaults filled in, timestamps
 * turned into instants and the dashboard sort orders precomputed. Rebuilt whenever the scenario changes.
 */

export type User = ScenarioUser;

export interface Tag {
  id: number;
  name: string;
  /** 1 = custom tag, the only kind the simulator models. */
  type: number;
}

export interface ResolvedColumn {
  id: number;
  uuid: string;
  column_name: string;
  type: string;
  type_generic: number;
  is_dttm: boolean;
  groupby: boolean;
  filterable: boolean;
  verbose_name: string | null;
  description: string | null;
  expression: string | null;
}

export interface ResolvedMetric {
  id: number;
  uuid: string;
  metric_name: string;
  expression: string;
  verbose_name: string | null;
  d3format: string | null;
  description: string | null;
  warning_text: string | null;
  currency: string | null;
}

export interface ResolvedDatabase {
  source: ScenarioDatabase;
  uuid: string;
  changedOn: EpochMicros;
  createdBy: User | null;
  changedBy: User | null;
}

export interface ResolvedDataset {
  source: ScenarioDataset;
  kind: 'physical' | 'virtual';
  uuid: string;
  database: ResolvedDatabase;
  columns: ResolvedColumn[];
  columnsByName: Map<string, ResolvedColumn>;
  metrics: ResolvedMetric[];
  metricsByName: Map<string, ResolvedMetric>;
  mainDttmCol: string | null;
  owners: User[];
  changedOn: EpochMicros;
  createdOn: EpochMicros;
  changedBy: User | null;
  createdBy: User | null;
  missingColumns: Set<string>;
  /** `latestData` text, or an age derived from the charts, resolved against the clock per request. */
  latestData: string;
  rowCount: number;
  /** "schema.table" as Superset names it in SQL and messages. */
  qualifiedName: string;
  charts: ResolvedChart[];
}

export interface ResolvedChart {
  source: ScenarioChart;
  dataset: ResolvedDataset;
  dashboards: ResolvedDashboard[];
  owners: User[];
  viewers: User[];
  tags: Tag[];
  uuid: string;
  thumbnailDigest: string;
  changedOn: EpochMicros;
  cachedAt: EpochMicros | null;
}

export interface ResolvedDashboard {
  source: ScenarioDashboard;
  charts: ResolvedChart[];
  owners: User[];
  viewers: User[];
  tags: Tag[];
  uuid: string;
  thumbnailDigest: string;
  changedOn: EpochMicros;
  createdOn: EpochMicros;
  changedBy: User | null;
  createdBy: User | null;
}

export interface Model {
  ownership: Ownership;
  users: Map<number, User>;
  usersByName: Map<string, User>;
  /** Users in related-field order (first name, then id). */
  usersByFirstName: User[];
  databases: ResolvedDatabase[];
  datasets: Map<number, ResolvedDataset>;
  charts: Map<number, ResolvedChart>;
  dashboards: Map<number, ResolvedDashboard>;
  dashboardsBySlug: Map<string, ResolvedDashboard>;
  dashboardsByUuid: Map<string, ResolvedDashboard>;
  /** Ascending order of every dashboard for each sortable list column; desc is read backwards. */
  dashboardOrders: Map<string, ResolvedDashboard[]>;
}

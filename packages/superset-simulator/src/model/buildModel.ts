import type { Ownership, Scenario, ScenarioDataset } from '../scenario/schema';
import { resolveTimestamp } from '../time/timestamps';
import { md5Hex, stableUuid } from '../util/ids';
import { GenericType, genericTypeOf } from './columnTypes';
import { buildDashboardOrders } from './sortOrders';
import type {
  Model,
  ResolvedChart,
  ResolvedColumn,
  ResolvedDashboard,
  ResolvedDatabase,
  ResolvedDataset,
  ResolvedMetric,
  Tag,
  User,
} from './types';

const DEFAULT_STALE_AGE = '9d';
const DEFAULT_FRESH_AGE = '1h';

class TagRegistry {
  private readonly tags = new Map<string, Tag>();

  resolve(names: string[]): Tag[] {
    return names.map(name => {
      let tag = this.tags.get(name);
      if (!tag) {
        tag = { id: this.tags.size + 1, name, type: 1 };
        this.tags.set(name, tag);
      }
      return tag;
    });
  }
}

/** Column and metric ids are global in Superset; unnumbered ones continue after the last id seen. */
class IdSequence {
  private next = 1;

  take(explicit: number | undefined): number {
    const value = explicit ?? this.next;
    this.next = Math.max(this.next, value + 1);
    return value;
  }
}

function resolveDataset(
  ds: ScenarioDataset,
  database: ResolvedDatabase,
  users: Map<number, User>,
  columnIds: IdSequence,
  metricIds: IdSequence,
  nowMs: number,
): ResolvedDataset {
  const columns: ResolvedColumn[] = ds.columns.map(col => {
    const typeGeneric = col.type_generic ?? genericTypeOf(col.type);
    return {
      id: columnIds.take(col.id),
      uuid: col.uuid ?? stableUuid(`column:${ds.id}:${col.column_name}`),
      column_name: col.column_name,
      type: col.type,
      type_generic: typeGeneric,
      is_dttm: col.is_dttm ?? typeGeneric === GenericType.TEMPORAL,
      groupby: col.groupby ?? typeGeneric !== GenericType.NUMERIC,
      filterable: col.filterable,
      verbose_name: col.verbose_name ?? null,
      description: col.description ?? null,
      expression: col.expression ?? null,
    };
  });
  const metrics: ResolvedMetric[] = ds.metrics.map(m => ({
    id: metricIds.take(m.id),
    uuid: m.uuid ?? stableUuid(`metric:${ds.id}:${m.metric_name}`),
    metric_name: m.metric_name,
    expression: m.expression,
    verbose_name: m.verbose_name ?? null,
    d3format: m.d3format ?? null,
    description: m.description ?? null,
    warning_text: m.warning_text ?? null,
    currency: m.currency ?? null,
  }));
  const owners = ds.owners.map(id => users.get(id)!);
  const changedOn = resolveTimestamp(ds.changed_on ?? '30d', nowMs);
  return {
    source: ds,
    kind: ds.kind ?? (ds.sql ? 'virtual' : 'physical'),
    uuid: ds.uuid ?? stableUuid(`dataset:${ds.id}`),
    database,
    columns,
    columnsByName: new Map(columns.map(c => [c.column_name, c])),
    metrics,
    metricsByName: new Map(metrics.map(m => [m.metric_name, m])),
    mainDttmCol:
      ds.main_dttm_col !== undefined
        ? ds.main_dttm_col
        : columns.find(c => c.is_dttm)?.column_name ?? null,
    owners,
    changedOn,
    createdOn: ds.created_on
      ? resolveTimestamp(ds.created_on, nowMs)
      : changedOn,
    changedBy: users.get(ds.changed_by ?? ds.owners[0] ?? -1) ?? null,
    createdBy: users.get(ds.created_by ?? ds.owners[0] ?? -1) ?? null,
    missingColumns: new Set(ds.missingColumns),
    latestData: ds.latestData ?? DEFAULT_FRESH_AGE,
    rowCount: ds.rowCount ?? 10_000 + ((ds.id * 7919) % 5_000_000),
    qualifiedName: ds.schema ? `${ds.schema}.${ds.table_name}` : ds.table_name,
    charts: [],
  };
}

/** When a dataset does not say how fresh it is, its stale charts do (else its charts' newest data). */
function deriveLatestData(dataset: ResolvedDataset): string {
  if (dataset.source.latestData) {
    return dataset.source.latestData;
  }
  const stale = dataset.charts.find(c => c.source.behaviour === 'stale');
  if (stale) {
    return stale.source.latestDataAge ?? DEFAULT_STALE_AGE;
  }
  return (
    dataset.charts.find(c => c.source.latestDataAge)?.source.latestDataAge ??
    DEFAULT_FRESH_AGE
  );
}

/** Resolves a validated scenario against the clock's current time. */
export function buildModel(
  scenario: Scenario,
  ownership: Ownership,
  nowMs: number,
): Model {
  const users = new Map(scenario.users.map(u => [u.id, u]));
  const user = (id: number | undefined) =>
    id === undefined ? null : users.get(id) ?? null;
  const tags = new TagRegistry();

  const databases = new Map<number, ResolvedDatabase>(
    scenario.databases.map(db => [
      db.id,
      {
        source: db,
        uuid: db.uuid ?? stableUuid(`database:${db.id}`),
        changedOn: resolveTimestamp(db.changed_on ?? '180d', nowMs),
        createdBy: user(db.created_by ?? scenario.users[0]?.id),
        changedBy: user(db.changed_by ?? scenario.users[0]?.id),
      },
    ]),
  );

  const columnIds = new IdSequence();
  const metricIds = new IdSequence();
  const datasets = new Map<number, ResolvedDataset>(
    scenario.datasets.map(ds => [
      ds.id,
      resolveDataset(
        ds,
        databases.get(ds.database)!,
        users,
        columnIds,
        metricIds,
        nowMs,
      ),
    ]),
  );

  const charts = new Map<number, ResolvedChart>();
  for (const chart of scenario.charts) {
    const dataset = datasets.get(chart.dataset)!;
    const resolved: ResolvedChart = {
      source: chart,
      dataset,
      dashboards: [],
      owners: chart.owners.map(id => users.get(id)!),
      viewers: chart.viewers.map(id => users.get(id)!),
      tags: [],
      uuid: chart.uuid ?? stableUuid(`chart:${chart.id}`),
      thumbnailDigest:
        chart.thumbnailDigest ?? md5Hex(`chart-thumbnail:${chart.id}`),
      changedOn: resolveTimestamp(chart.changed_on, nowMs),
      cachedAt: chart.cachedAt ? resolveTimestamp(chart.cachedAt, nowMs) : null,
    };
    charts.set(chart.id, resolved);
    dataset.charts.push(resolved);
  }

  const dashboards = new Map<number, ResolvedDashboard>();
  const dashboardsBySlug = new Map<string, ResolvedDashboard>();
  const dashboardsByUuid = new Map<string, ResolvedDashboard>();
  for (const dash of scenario.dashboards) {
    const owners = dash.owners.map(id => users.get(id)!);
    const changedOn = resolveTimestamp(dash.changed_on, nowMs);
    const resolved: ResolvedDashboard = {
      source: dash,
      charts: dash.charts.map(id => charts.get(id)!),
      owners,
      viewers: dash.viewers.map(id => users.get(id)!),
      tags: tags.resolve(dash.tags),
      uuid: dash.uuid ?? stableUuid(`dashboard:${dash.id}`),
      thumbnailDigest:
        dash.thumbnailDigest ?? md5Hex(`dashboard-thumbnail:${dash.id}`),
      changedOn,
      createdOn: dash.created_on
        ? resolveTimestamp(dash.created_on, nowMs)
        : changedOn,
      changedBy: user(dash.changed_by ?? dash.owners[0]),
      createdBy: user(dash.created_by ?? dash.owners[0]),
    };
    dashboards.set(dash.id, resolved);
    if (dash.slug) {
      dashboardsBySlug.set(dash.slug, resolved);
    }
    dashboardsByUuid.set(resolved.uuid, resolved);
    for (const chart of resolved.charts) {
      chart.dashboards.push(resolved);
    }
  }

  for (const chart of charts.values()) {
    chart.tags = tags.resolve(chart.source.tags);
    if (chart.owners.length === 0) {
      // Superset charts always have an owner (their creator); borrow the dashboard's.
      chart.owners = chart.dashboards[0]?.owners ?? chart.dataset.owners;
    }
  }
  for (const dataset of datasets.values()) {
    dataset.latestData = deriveLatestData(dataset);
  }

  const usersByFirstName = [...scenario.users].sort((a, b) => {
    if (a.first_name === b.first_name) {
      return a.id - b.id;
    }
    return a.first_name < b.first_name ? -1 : 1;
  });

  return {
    ownership,
    users,
    usersByName: new Map(scenario.users.map(u => [u.username, u])),
    usersByFirstName,
    databases: [...databases.values()],
    datasets,
    charts,
    dashboards,
    dashboardsBySlug,
    dashboardsByUuid,
    dashboardOrders: buildDashboardOrders([...dashboards.values()]),
  };
}

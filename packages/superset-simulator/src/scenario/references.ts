import type { Scenario } from './schema';

export interface ReferenceIssue {
  path: Array<string | number>;
  message: string;
}

type Section = 'users' | 'databases' | 'datasets' | 'dashboards' | 'charts';

/**
 * The checks zod cannot express field by field: unique ids and names, and every reference between
 * scenario objects (dashboard -> chart -> dataset -> database, owners -> users) pointing somewhere.
 */
export function checkScenarioReferences(scenario: Scenario): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const idSets = {} as Record<Section, Set<number>>;

  const collect = (section: Section, items: Array<{ id: number }>) => {
    const seen = new Set<number>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) {
        issues.push({
          path: [section, index, 'id'],
          message: `duplicate id ${item.id}`,
        });
      }
      seen.add(item.id);
    });
    idSets[section] = seen;
  };
  collect('users', scenario.users);
  collect('databases', scenario.databases);
  collect('datasets', scenario.datasets);
  collect('dashboards', scenario.dashboards);
  collect('charts', scenario.charts);

  const unique = (
    section: Section,
    field: string,
    values: Array<string | null | undefined>,
  ) => {
    const seen = new Set<string>();
    values.forEach((value, index) => {
      if (value === null || value === undefined) {
        return;
      }
      if (seen.has(value)) {
        issues.push({
          path: [section, index, field],
          message: `duplicate ${field} '${value}'`,
        });
      }
      seen.add(value);
    });
  };
  unique(
    'users',
    'username',
    scenario.users.map(u => u.username),
  );
  unique(
    'dashboards',
    'slug',
    scenario.dashboards.map(d => d.slug),
  );
  unique(
    'dashboards',
    'uuid',
    scenario.dashboards.map(d => d.uuid),
  );

  const ref = (
    target: Section,
    label: string,
    value: number | undefined,
    path: Array<string | number>,
  ) => {
    if (value !== undefined && !idSets[target].has(value)) {
      issues.push({ path, message: `unknown ${label} ${value}` });
    }
  };
  const refs = (
    target: Section,
    label: string,
    values: number[],
    path: Array<string | number>,
  ) => values.forEach((v, i) => ref(target, label, v, [...path, i]));

  scenario.databases.forEach((db, i) => {
    ref('users', 'user', db.created_by, ['databases', i, 'created_by']);
    ref('users', 'user', db.changed_by, ['databases', i, 'changed_by']);
  });
  scenario.datasets.forEach((ds, i) => {
    ref('databases', 'database', ds.database, ['datasets', i, 'database']);
    refs('users', 'user', ds.owners, ['datasets', i, 'owners']);
    ref('users', 'user', ds.created_by, ['datasets', i, 'created_by']);
    ref('users', 'user', ds.changed_by, ['datasets', i, 'changed_by']);
    const names = new Set<string>();
    ds.columns.forEach((col, c) => {
      if (names.has(col.column_name)) {
        issues.push({
          path: ['datasets', i, 'columns', c, 'column_name'],
          message: `duplicate column '${col.column_name}'`,
        });
      }
      names.add(col.column_name);
    });
    if (ds.main_dttm_col && !names.has(ds.main_dttm_col)) {
      issues.push({
        path: ['datasets', i, 'main_dttm_col'],
        message: `unknown column '${ds.main_dttm_col}'`,
      });
    }
  });
  scenario.dashboards.forEach((dash, i) => {
    refs('charts', 'chart', dash.charts, ['dashboards', i, 'charts']);
    refs('users', 'user', dash.owners, ['dashboards', i, 'owners']);
    refs('users', 'user', dash.viewers, ['dashboards', i, 'viewers']);
    ref('users', 'user', dash.created_by, ['dashboards', i, 'created_by']);
    ref('users', 'user', dash.changed_by, ['dashboards', i, 'changed_by']);
    if (dash.slug && /^\d+$/.test(dash.slug)) {
      issues.push({
        path: ['dashboards', i, 'slug'],
        message: `slug '${dash.slug}' would be read as an id`,
      });
    }
  });
  scenario.charts.forEach((chart, i) => {
    ref('datasets', 'dataset', chart.dataset, ['charts', i, 'dataset']);
    refs('users', 'user', chart.owners, ['charts', i, 'owners']);
    refs('users', 'user', chart.viewers, ['charts', i, 'viewers']);
  });
  return issues;
}

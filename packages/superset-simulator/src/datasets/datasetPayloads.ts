import { labelColumns } from '../http/listArgs';
import type { ResolvedDataset } from '../model/types';
import { userRef } from '../model/userRefs';
import { humanizeSince } from '../time/humanize';
import { formatNaiveIso, microsToMs } from '../time/timestamps';
import { pyJsonDumps } from '../util/pyJson';

/** PostgreSQL's time grains, as the engine spec lists them. */
export const TIME_GRAINS = [
  ['PT1S', 'Second'],
  ['PT1M', 'Minute'],
  ['PT1H', 'Hour'],
  ['P1D', 'Day'],
  ['P1W', 'Week'],
  ['P1M', 'Month'],
  ['P3M', 'Quarter'],
  ['P1Y', 'Year'],
];

export function orderByChoices(dataset: ResolvedDataset): string[][] {
  return dataset.columns
    .map(c => c.column_name)
    .sort()
    .flatMap(name => [
      [pyJsonDumps([name, true]), `${name} [asc]`],
      [pyJsonDumps([name, false]), `${name} [desc]`],
    ]);
}

export function granularitySqla(dataset: ResolvedDataset): string[][] {
  return dataset.columns
    .filter(c => c.is_dttm)
    .map(c => [c.column_name, c.column_name]);
}

export function selectStar(dataset: ResolvedDataset): string {
  return `SELECT\n  *\nFROM ${dataset.qualifiedName}\nLIMIT 100`;
}

const SHOW_COLUMNS = [
  'always_filter_main_dttm',
  'cache_timeout',
  'catalog',
  'changed_by',
  'changed_on',
  'changed_on_humanized',
  'column_formats',
  'columns',
  'created_by',
  'created_on',
  'created_on_humanized',
  'database',
  'datasource_name',
  'datasource_type',
  'default_endpoint',
  'description',
  'extra',
  'fetch_values_predicate',
  'filter_select_enabled',
  'granularity_sqla',
  'id',
  'is_managed_externally',
  'is_sqllab_view',
  'kind',
  'main_dttm_col',
  'metrics',
  'name',
  'normalize_columns',
  'offset',
  'order_by_choices',
  'owners',
  'schema',
  'select_star',
  'sql',
  'table_name',
  'template_params',
  'time_grain_sqla',
  'uid',
  'url',
  'verbose_map',
];

const nameOnly = (user: { first_name: string; last_name: string } | null) =>
  user ? { first_name: user.first_name, last_name: user.last_name } : null;

/** GET /dataset/{pk}: FAB's show envelope around DatasetRestApi's show columns. */
export function datasetDetailEnvelope(
  dataset: ResolvedDataset,
  nowMs: number,
): Record<string, unknown> {
  const { source } = dataset;
  const changedOn = formatNaiveIso(dataset.changedOn);
  const createdOn = formatNaiveIso(dataset.createdOn);
  const result = {
    always_filter_main_dttm: false,
    cache_timeout: null,
    catalog: null,
    changed_by: nameOnly(dataset.changedBy),
    changed_on: changedOn,
    changed_on_humanized: humanizeSince(nowMs, microsToMs(dataset.changedOn)),
    column_formats: {},
    columns: dataset.columns.map(c => ({
      advanced_data_type: null,
      column_name: c.column_name,
      description: c.description,
      expression: c.expression,
      filterable: c.filterable,
      groupby: c.groupby,
      id: c.id,
      is_dttm: c.is_dttm,
      python_date_format: null,
      type: c.type,
      type_generic: c.type_generic,
      uuid: c.uuid,
      verbose_name: c.verbose_name,
      changed_on: changedOn,
      created_on: createdOn,
      extra: null,
      is_active: true,
    })),
    created_by: nameOnly(dataset.createdBy),
    created_on: createdOn,
    created_on_humanized: humanizeSince(nowMs, microsToMs(dataset.createdOn)),
    database: {
      allow_multi_catalog: false,
      backend: dataset.database.source.backend,
      database_name: dataset.database.source.database_name,
      id: dataset.database.source.id,
    },
    datasource_name: source.table_name,
    datasource_type: 'table',
    default_endpoint: null,
    description: source.description ?? null,
    extra: null,
    fetch_values_predicate: null,
    filter_select_enabled: true,
    granularity_sqla: granularitySqla(dataset),
    id: source.id,
    is_managed_externally: false,
    is_sqllab_view: false,
    kind: dataset.kind,
    main_dttm_col: dataset.mainDttmCol,
    metrics: dataset.metrics.map(m => ({
      currency: m.currency,
      d3format: m.d3format,
      description: m.description,
      expression: m.expression,
      id: m.id,
      metric_name: m.metric_name,
      uuid: m.uuid,
      verbose_name: m.verbose_name,
      warning_text: m.warning_text,
      changed_on: changedOn,
      created_on: createdOn,
      extra: null,
      metric_type: null,
    })),
    name: dataset.qualifiedName,
    normalize_columns: false,
    offset: 0,
    order_by_choices: orderByChoices(dataset),
    owners: dataset.owners.map(userRef),
    schema: source.schema,
    select_star: selectStar(dataset),
    sql: source.sql ?? null,
    table_name: source.table_name,
    template_params: null,
    time_grain_sqla: TIME_GRAINS,
    uid: `${source.id}__table`,
    url: `/tablemodelview/edit/${source.id}`,
    verbose_map: {
      __timestamp: 'Time',
      ...Object.fromEntries(
        dataset.columns.map(c => [
          c.column_name,
          c.verbose_name ?? c.column_name,
        ]),
      ),
      ...Object.fromEntries(
        dataset.metrics.map(m => [
          m.metric_name,
          m.verbose_name ?? m.metric_name,
        ]),
      ),
    },
  };
  return {
    description_columns: {},
    id: source.id,
    label_columns: labelColumns(SHOW_COLUMNS),
    result,
    show_columns: SHOW_COLUMNS,
    show_title: 'Show Sqla Table',
  };
}

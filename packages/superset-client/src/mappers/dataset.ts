import {
  RawDashboardDataset,
  RawDataset,
  RawDatasetColumn,
  RawDatasetDatabase,
  RawDatasetMetric,
} from '../schemas/dataset';
import {
  SupersetDashboardDataset,
  SupersetDatabaseRef,
  SupersetDataset,
  SupersetDatasetColumn,
  SupersetDatasetMetric,
} from '../types';
import { optional, toOwnership } from './common';
import { toIsoUtc } from './timestamps';

export function toDashboardDataset(
  raw: RawDashboardDataset,
): SupersetDashboardDataset {
  return {
    id: raw.id,
    uid: optional(raw.uid),
    name:
      raw.name ??
      (raw.schema ? `${raw.schema}.${raw.table_name}` : raw.table_name),
    tableName: raw.table_name,
    schema: raw.schema ?? null,
    kind: kindOf(raw.sql),
    sql: raw.sql || null,
    database: toDatabaseRef(raw.database),
    mainDttmCol: raw.main_dttm_col ?? null,
    columns: (raw.columns ?? []).map(toColumn),
    metrics: (raw.metrics ?? []).map(toMetric),
  };
}

export function toDataset(raw: RawDataset): SupersetDataset {
  return {
    id: raw.id,
    tableName: raw.table_name,
    schema: raw.schema ?? null,
    catalog: raw.catalog ?? null,
    kind:
      raw.kind === 'virtual' || raw.kind === 'physical'
        ? raw.kind
        : kindOf(raw.sql),
    sql: raw.sql || null,
    database: toDatabaseRef(raw.database),
    mainDttmCol: raw.main_dttm_col ?? null,
    columns: (raw.columns ?? []).map(toColumn),
    metrics: (raw.metrics ?? []).map(toMetric),
    changedOn: toIsoUtc(raw.changed_on),
    owners: toOwnership(raw).owners,
  };
}

/** Superset's own rule (SqlaTable.kind): a dataset defined by SQL is virtual. */
function kindOf(sql: string | null | undefined): 'physical' | 'virtual' {
  return sql && sql.trim() ? 'virtual' : 'physical';
}

function toDatabaseRef(raw: RawDatasetDatabase): SupersetDatabaseRef {
  return {
    id: raw.id,
    name: raw.database_name ?? raw.name ?? '',
    backend: optional(raw.backend),
  };
}

function toColumn(raw: RawDatasetColumn): SupersetDatasetColumn {
  return {
    name: raw.column_name,
    type: raw.type ?? null,
    typeGeneric: optional(raw.type_generic),
    isDttm: raw.is_dttm ?? false,
    expression: raw.expression || undefined,
  };
}

function toMetric(raw: RawDatasetMetric): SupersetDatasetMetric {
  return { name: raw.metric_name, expression: raw.expression ?? '' };
}

import { SupersetDashboardDataset } from '@dashboard-health/superset-client';

/**
 * Entity annotation naming the temporal column that tells how fresh a dataset is, where its
 * `main_dttm_col` does not (or it has none): `load_ts` for every dataset of the dashboard, or per dataset
 * `public.orders=loaded_at, web_sessions=session_start` (by `schema.table` or table name).
 */
export const ANNOTATION_FRESHNESS_COLUMN = 'dashboard-health/freshness-column';

/** The annotation, read: a column for every dataset and/or columns by dataset name. */
export interface FreshnessColumns {
  all?: string;
  byDataset: Map<string, string>;
}

export function parseFreshnessColumns(
  annotation: string | undefined,
): FreshnessColumns {
  const columns: FreshnessColumns = { byDataset: new Map() };
  for (const entry of (annotation ?? '').split(',')) {
    const [left, right] = entry.split('=').map(part => part.trim());
    if (right) columns.byDataset.set(left, right);
    else if (left) columns.all = left;
  }
  return columns;
}

/**
 * The column to probe for a dataset's freshness: the one the annotation names, else the dataset's
 * `main_dttm_col`, else its first temporal column; undefined when it has none.
 */
export function freshnessColumnOf(
  dataset: Pick<
    SupersetDashboardDataset,
    'name' | 'tableName' | 'mainDttmCol' | 'columns'
  >,
  named: FreshnessColumns,
): string | undefined {
  return (
    named.byDataset.get(dataset.name) ??
    named.byDataset.get(dataset.tableName) ??
    named.all ??
    dataset.mainDttmCol ??
    dataset.columns.find(column => column.isDttm)?.name
  );
}

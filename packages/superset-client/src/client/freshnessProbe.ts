import { SupersetChartQueryResult } from '../types';

/** The label of the probe's one metric in Superset's answer. */
const LATEST = 'latest';

/**
 * The `POST /api/v1/chart/data` body that asks a dataset for the newest value of one temporal column:
 * `MAX(column)`, no grouping, one row. A SIMPLE metric rather than SQL text, so Superset quotes the
 * column for the database's dialect (names with spaces, reserved words, calculated columns).
 */
export function latestValueQuery(datasetId: number, column: string) {
  return {
    datasource: { id: datasetId, type: 'table' },
    // Never forced: the cached answer is as fresh as what the dashboard shows, and spares the warehouse.
    force: false,
    queries: [
      {
        columns: [],
        metrics: [
          {
            expressionType: 'SIMPLE',
            aggregate: 'MAX',
            column: { column_name: column },
            label: LATEST,
          },
        ],
        filters: [],
        orderby: [],
        row_limit: 1,
      },
    ],
    result_format: 'json',
    result_type: 'full',
  };
}

/**
 * The newest value from the probe's answer as ISO 8601 UTC; null when the table has no rows or the
 * value is not a time (epoch milliseconds is how Superset serialises temporal results).
 */
export function readLatestValue(
  queries: readonly SupersetChartQueryResult[],
): string | null {
  const value = queries[0]?.data[0]?.[LATEST];
  let ms = NaN;
  if (typeof value === 'number') ms = value;
  else if (typeof value === 'string') ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

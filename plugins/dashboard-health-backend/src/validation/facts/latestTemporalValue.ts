import { SupersetChartQueryResult } from '@dashboard-health/superset-client';

/** GenericDataType.TEMPORAL in Superset's chart-data `coltypes`. */
const TEMPORAL = 2;

/**
 * The newest value of any temporal column over a chart's query results (epoch ms), which is how fresh the
 * data the chart shows is; undefined when the result has no time column or no rows.
 */
export function latestTemporalValue(
  queries: readonly SupersetChartQueryResult[],
): number | undefined {
  let latest: number | undefined;
  for (const query of queries) {
    const columns = query.colnames.filter(
      (_, i) => query.coltypes[i] === TEMPORAL,
    );
    for (const row of query.data) {
      for (const column of columns) {
        const value = toEpochMs(row[column]);
        if (value !== undefined && (latest === undefined || value > latest)) {
          latest = value;
        }
      }
    }
  }
  return latest;
}

function toEpochMs(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') {
    const parsed = Date.parse(value);
    return Number.isNaN(parsed) ? undefined : parsed;
  }
  return undefined;
}

import { formatNaiveIso, EpochMicros } from '../time/timestamps';
import type { QueryPlan } from './queryPlan';
import type { Row } from './rows';

export interface ChartDataResultInput {
  plan: QueryPlan;
  rows: Row[];
  cacheKey: string;
  cacheTimeout: number;
  /** Set when the answer comes from the results cache. */
  cachedAt: EpochMicros | null;
}

/** One entry of a chart data response's `result` (ChartDataResponseResult in the OpenAPI). */
export function chartDataResult(
  input: ChartDataResultInput,
): Record<string, unknown> {
  const { plan, rows } = input;
  const labels = [
    ...plan.columns.map(c => c.label),
    ...plan.metrics.map(m => m.label),
  ];
  return {
    annotation_data: [],
    applied_filters: plan.appliedFilters,
    applied_template_filters: [],
    cache_key: input.cacheKey,
    cache_timeout: input.cacheTimeout,
    cached_dttm:
      input.cachedAt === null ? null : formatNaiveIso(input.cachedAt),
    colnames: labels,
    coltypes: [
      ...plan.columns.map(c => c.kind),
      ...plan.metrics.map(m => m.kind),
    ],
    data: rows,
    error: null,
    from_dttm: plan.fromMs,
    to_dttm: plan.toMs,
    indexnames: rows.map((_, i) => i),
    is_cached: input.cachedAt !== null,
    label_map: Object.fromEntries(labels.map(l => [l, [l]])),
    query: plan.sql,
    rejected_filters: [],
    result_format: 'json',
    rowcount: rows.length,
    sql_rowcount: rows.length,
    stacktrace: null,
    status: 'success',
  };
}

/** SIP-40 body of a SupersetSecurityException for a table the user cannot read. */
export function datasourceAccessError(
  tables: string[],
): Record<string, unknown> {
  return {
    errors: [
      {
        message: `You need access to the following tables: ${tables
          .map(t => `\`${t}\``)
          .join(
            ', ',
          )},\n            \`all_database_access\` or \`all_datasource_access\` permission`,
        error_type: 'TABLE_SECURITY_ACCESS_ERROR',
        level: 'error',
        extra: {
          link: null,
          tables,
          issue_codes: [
            {
              code: 1017,
              message: "Issue 1017 - User doesn't have the proper permissions.",
            },
          ],
        },
      },
    ],
  };
}

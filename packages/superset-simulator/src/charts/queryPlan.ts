import { GenericType } from '../model/columnTypes';
import type { ResolvedDataset } from '../model/types';
import { resolveTimeRange } from '../time/timeRange';
import type { ColumnSpec, MetricSpec, QueryObject } from './queryContext';
import {
  grainUnit,
  quoteLabel,
  renderSql,
  sqlDttm,
  sqlLiteral,
} from './sqlText';

export interface PlannedColumn {
  label: string;
  /** GenericDataType of the values. */
  kind: number;
  grain?: string;
}

export interface PlannedMetric {
  label: string;
  expression: string;
  kind: number;
}

/** What a chart query would do against the dataset: its SQL and the shape of its result. */
export interface QueryPlan {
  dataset: ResolvedDataset;
  columns: PlannedColumn[];
  metrics: PlannedMetric[];
  sql: string;
  rowLimit: number;
  orderDesc: boolean;
  fromMs: number | null;
  toMs: number | null;
  appliedFilters: Array<{ column: string }>;
}

export class QueryPlanError extends Error {}

const MIN_MAX = /^\s*(MAX|MIN)\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*$/i;

function planMetric(
  metric: MetricSpec,
  dataset: ResolvedDataset,
): PlannedMetric {
  let label: string;
  let expression: string;
  if (typeof metric === 'string') {
    const saved = dataset.metricsByName.get(metric);
    if (!saved) {
      throw new QueryPlanError(`Metric '${metric}' does not exist`);
    }
    label = metric;
    expression = saved.expression;
  } else if (metric.expressionType === 'SQL') {
    expression = String(metric.sqlExpression);
    label = String(metric.label ?? expression);
  } else {
    const column = (metric.column ?? {}) as Record<string, unknown>;
    expression = `${String(metric.aggregate ?? 'COUNT')}(${String(
      column.column_name,
    )})`;
    label = String(metric.label ?? expression);
  }
  const minMax = MIN_MAX.exec(expression);
  const kind =
    minMax && dataset.columnsByName.get(minMax[2])?.is_dttm
      ? GenericType.TEMPORAL
      : GenericType.NUMERIC;
  return { label, expression, kind };
}

interface ColumnSql {
  planned: PlannedColumn;
  select: string;
  group: string;
}

function planColumn(column: ColumnSpec, dataset: ResolvedDataset): ColumnSql {
  if (typeof column === 'string') {
    const known = dataset.columnsByName.get(column);
    let kind: number = GenericType.STRING;
    if (known) {
      kind = known.is_dttm ? GenericType.TEMPORAL : known.type_generic;
    }
    return {
      planned: { label: column, kind },
      select: `${column} AS ${quoteLabel(column)}`,
      group: column,
    };
  }
  const expression = String(column.sqlExpression ?? column.column_name);
  const label = String(column.label ?? expression);
  const grain =
    typeof column.timeGrain === 'string' ? column.timeGrain : undefined;
  const unit = grainUnit(grain);
  const known = dataset.columnsByName.get(expression);
  const isTemporal =
    column.columnType === 'BASE_AXIS' && (!!unit || !!known?.is_dttm);
  const sqlExpr = unit ? `DATE_TRUNC('${unit}', ${expression})` : expression;
  return {
    planned: {
      label,
      kind: isTemporal ? GenericType.TEMPORAL : known?.type_generic ?? 1,
      grain,
    },
    select: `${sqlExpr} AS ${quoteLabel(label)}`,
    group: sqlExpr,
  };
}

function filterSql(op: string, col: string, val: unknown): string | undefined {
  const values = Array.isArray(val) ? val : [val];
  switch (op) {
    case '==':
      return `${col} = ${sqlLiteral(val)}`;
    case '!=':
    case '>':
    case '<':
    case '>=':
    case '<=':
      return `${col} ${op} ${sqlLiteral(val)}`;
    case 'IN':
    case 'NOT IN':
      return `${col} ${op} (${values.map(sqlLiteral).join(', ')})`;
    case 'LIKE':
    case 'ILIKE':
      return `${col} ${op} ${sqlLiteral(val)}`;
    case 'IS NULL':
    case 'IS NOT NULL':
    case 'IS TRUE':
    case 'IS FALSE':
      return `${col} ${op}`;
    default:
      return undefined;
  }
}

/** Plans a query object (from a chart's query context or a POST /chart/data body). */
export function planQuery(
  query: Partial<QueryObject>,
  dataset: ResolvedDataset,
  nowMs: number,
): QueryPlan {
  const metrics = (query.metrics ?? []).map(m => planMetric(m, dataset));
  const columns = (query.columns ?? []).map(c => planColumn(c, dataset));
  const where: string[] = [];
  const appliedFilters: Array<{ column: string }> = [];
  let fromMs: number | null = null;
  let toMs: number | null = null;
  const addRange = (column: string, range: string, applied: string) => {
    const resolved = resolveTimeRange(range, nowMs);
    if (resolved.fromMs === null || resolved.toMs === null) {
      return;
    }
    const type = dataset.columnsByName.get(column)?.type ?? 'TIMESTAMP';
    where.push(
      `${column} >= ${sqlDttm(resolved.fromMs, type)} AND ${column} < ${sqlDttm(
        resolved.toMs,
        type,
      )}`,
    );
    appliedFilters.push({ column: applied });
    if (fromMs === null) {
      fromMs = resolved.fromMs;
      toMs = resolved.toMs;
    }
  };

  if (query.time_range && dataset.mainDttmCol) {
    addRange(dataset.mainDttmCol, query.time_range, '__time_range');
  }
  for (const filter of query.filters ?? []) {
    if (filter.op === 'TEMPORAL_RANGE') {
      addRange(filter.col, String(filter.val), filter.col);
    } else {
      const sql = filterSql(filter.op, filter.col, filter.val);
      if (sql) {
        where.push(sql);
      }
    }
  }
  if (query.extras?.where) {
    where.push(query.extras.where);
  }

  const orderDesc = query.order_desc !== false;
  const grouped = columns.length > 0;
  const orderBy =
    grouped && metrics.length > 0
      ? `${quoteLabel(metrics[0].label)} ${orderDesc ? 'DESC' : 'ASC'}`
      : null;
  const from =
    dataset.kind === 'virtual' && dataset.source.sql
      ? `(${dataset.source.sql}) AS virtual_table`
      : dataset.qualifiedName;
  const rowLimit = query.row_limit ?? 10000;
  const sql = renderSql({
    select: [
      ...columns.map(c => c.select),
      ...metrics.map(m => `${m.expression} AS ${quoteLabel(m.label)}`),
    ],
    from,
    where,
    groupBy: grouped && metrics.length > 0 ? columns.map(c => c.group) : [],
    orderBy,
    limit: rowLimit,
  });
  return {
    dataset,
    columns: columns.map(c => c.planned),
    metrics,
    sql,
    rowLimit,
    orderDesc,
    fromMs,
    toMs,
    appliedFilters,
  };
}

/** The dataset's lost columns this query touches, in dataset order. */
export function missingColumnsUsed(plan: QueryPlan): string[] {
  return [...plan.dataset.missingColumns].filter(column =>
    new RegExp(`\\b${column}\\b`).test(plan.sql),
  );
}

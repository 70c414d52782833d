import { formatNaiveIso } from '../time/timestamps';

/** PostgreSQL spellings the generated queries use (the fixtures' warehouse is PostgreSQL). */

const GRAIN_UNITS: Record<string, string> = {
  PT1S: 'second',
  PT1M: 'minute',
  PT1H: 'hour',
  P1D: 'day',
  P1W: 'week',
  P1M: 'month',
  P3M: 'quarter',
  P1Y: 'year',
};

export function grainUnit(grain: string | undefined): string | undefined {
  return grain ? GRAIN_UNITS[grain] : undefined;
}

/** Labels that are not plain identifiers are double-quoted, as SQLAlchemy does for PostgreSQL. */
export function quoteLabel(label: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(label)
    ? label
    : `"${label.replace(/"/g, '""')}"`;
}

export function sqlLiteral(value: unknown): string {
  if (typeof value === 'number') {
    return String(value);
  }
  if (typeof value === 'boolean') {
    return value ? 'true' : 'false';
  }
  if (value === null || value === undefined) {
    return 'NULL';
  }
  return `'${String(value).replace(/'/g, "''")}'`;
}

/** The engine spec's convert_dttm: TO_DATE for DATE columns, TO_TIMESTAMP otherwise. */
export function sqlDttm(ms: number, columnType: string): string {
  const iso = formatNaiveIso(ms * 1000);
  const [date, time = '00:00:00'] = iso.split('T');
  if (/^DATE$/i.test(columnType.trim())) {
    return `TO_DATE('${date}', 'YYYY-MM-DD')`;
  }
  const [hms, frac = ''] = time.split('.');
  return `TO_TIMESTAMP('${date} ${hms}.${frac.padEnd(
    6,
    '0',
  )}', 'YYYY-MM-DD HH24:MI:SS.US')`;
}

export interface SqlParts {
  select: string[];
  from: string;
  where: string[];
  groupBy: string[];
  orderBy: string | null;
  limit: number;
}

/** Assembles the statement with SQLAlchemy's line breaks, as Superset shows it in `query`. */
export function renderSql(parts: SqlParts): string {
  let sql = `SELECT ${parts.select.join(', ')} \nFROM ${parts.from}`;
  if (parts.where.length > 0) {
    sql += ` \nWHERE ${parts.where.join(' AND ')}`;
  }
  if (parts.groupBy.length > 0) {
    sql += ` GROUP BY ${parts.groupBy.join(', ')}`;
  }
  sql += parts.orderBy ? ` ORDER BY ${parts.orderBy} \n` : '\n';
  return `${sql} LIMIT ${parts.limit};\n\n`;
}

/**
 * Conversions at the database boundary. PostgreSQL returns timestamps as Date; better-sqlite3 stores the
 * Dates knex binds as epoch milliseconds and returns numbers. JSON columns are text on both.
 */
export function toIso(value: unknown): string {
  return toDate(value).toISOString();
}

export function toIsoOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : toIso(value);
}

export function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'number') return new Date(value);
  if (typeof value === 'string') {
    // SQLite may hand back numeric text for integer-affinity columns.
    if (/^\d+$/.test(value)) return new Date(Number(value));
    // Backstage's SQLite client stores Dates as UTC 'YYYY-MM-DD HH:mm:ss.SSS', without a zone; reading that
    // with Date() would take it as local time.
    if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/.test(value)) {
      return new Date(`${value.replace(' ', 'T')}Z`);
    }
    return new Date(value);
  }
  throw new Error(`not a timestamp: ${String(value)}`);
}

export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

/** SQLite has no boolean type; it returns 0/1. */
export function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** SQLite allows at most 32766 bound variables per statement; rows are inserted in chunks below that. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    result.push(items.slice(i, i + size));
  }
  return result;
}

export class CursorError extends Error {
  constructor() {
    super('cursor: is not a cursor this API handed out');
  }
}

/** Opaque page cursors: the sort key of the last row of the previous page. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string): unknown[] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch {
    // fall through
  }
  throw new CursorError();
}

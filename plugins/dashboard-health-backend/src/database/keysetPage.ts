import { Page } from '@dashboard-health/plugin-dashboard-health-common';
import { Knex } from 'knex';
import { CursorError, decodeCursor, encodeCursor, toDate } from './rows';

/**
 * The instants a cursor may hold: four-digit years, which both databases store. A JS Date reaches further,
 * and PostgreSQL would refuse such a time with an error rather than an empty page.
 */
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

const isInstant = (value: unknown): value is number =>
  Number.isInteger(value) &&
  (value as number) >= FIRST_INSTANT &&
  (value as number) <= LAST_INSTANT;

/**
 * The sort key a cursor carries, exactly as {@link keysetPage} encodes it: `[epoch ms, id]`. Anything else
 * (a cursor made up or altered by hand) is a CursorError, which the routes answer with 400.
 */
export function decodeKeysetCursor(cursor: string): { time: Date; id: string } {
  const key = decodeCursor(cursor);
  const [timeMs, id] = key;
  if (
    key.length !== 2 ||
    !isInstant(timeMs) ||
    typeof id !== 'string' ||
    // PostgreSQL cannot hold NUL in text; comparing with it fails the query.
    id.includes('\0')
  ) {
    throw new CursorError();
  }
  return { time: new Date(timeMs), id };
}

/**
 * One page of rows newest first by (`timeColumn`, id), continuing after the cursor of the previous page.
 * Keyset paging rather than OFFSET: a page costs the same deep in a long history, and rows inserted
 * meanwhile do not shift later pages.
 */
export async function keysetPage<Row extends { id: string }, Item>(
  query: Knex.QueryBuilder,
  options: {
    timeColumn: keyof Row & string;
    limit: number;
    cursor?: string;
    toItem: (row: Row) => Item;
  },
): Promise<Page<Item>> {
  const { timeColumn, limit } = options;
  let q = query;
  if (options.cursor) {
    const { time, id } = decodeKeysetCursor(options.cursor);
    q = q.where(w =>
      w
        .where(timeColumn, '<', time)
        .orWhere(w2 => w2.where(timeColumn, time).where('id', '<', id)),
    );
  }
  const rows: Row[] = await q
    .orderBy([
      { column: timeColumn, order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(limit + 1);
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  return {
    items: rows.slice(0, limit).map(options.toItem),
    nextCursor: last
      ? encodeCursor([toDate(last[timeColumn]).getTime(), last.id])
      : undefined,
  };
}

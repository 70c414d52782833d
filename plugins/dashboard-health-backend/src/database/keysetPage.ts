import { Page } from '@internal/plugin-dashboard-health-common';
import { Knex } from 'knex';
import { decodeCursor, encodeCursor, toDate } from './rows';

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
    const [timeMs, id] = decodeCursor(options.cursor);
    const time = new Date(Number(timeMs));
    q = q.where(w =>
      w
        .where(timeColumn, '<', time)
        .orWhere(w2 => w2.where(timeColumn, time).where('id', '<', String(id))),
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

/** One page of a list route: Superset's total `count` and this page's rows. */
export interface Page<T> {
  count: number;
  rows: T[];
}

/**
 * Hard stop for a server that keeps inventing new rows past its own count; 10 000 pages of 100 is far
 * beyond any real Superset.
 */
const MAX_PAGES = 10_000;

/**
 * Walks a 0-based paged list until `count` distinct rows were seen, yielding each page's new rows.
 *
 * Rows are de-duplicated by `idOf`: Superset pages with LIMIT/OFFSET, so a row edited or added while we
 * page can shift into a page we are about to read again. A count that lies cannot loop forever: paging
 * stops at an empty page, and at a page that brings no row not already seen (a server ignoring `page`).
 */
export async function* paginate<T>(
  fetchPage: (page: number) => Promise<Page<T>>,
  idOf: (row: T) => number | string,
): AsyncGenerator<T[]> {
  const seen = new Set<number | string>();
  for (let page = 0; page < MAX_PAGES; page++) {
    const { count, rows } = await fetchPage(page);
    const fresh: T[] = [];
    for (const row of rows) {
      const id = idOf(row);
      if (!seen.has(id)) {
        seen.add(id);
        fresh.push(row);
      }
    }
    if (fresh.length > 0) {
      yield fresh;
    }
    if (fresh.length === 0 || seen.size >= count) {
      return;
    }
  }
}

import { ListFilter } from './listQuery';
import { IdWindowSizer } from './idWindowSizer';
import { Page } from './paginate';

/** Ids strictly between `after` and `before`; without `before`, every id above `after`. */
export interface IdWindow {
  after: number;
  before?: number;
}

/** The window as FAB list filters. */
export function idFilters(window: IdWindow): ListFilter[] {
  const filters: ListFilter[] = [{ col: 'id', opr: 'gt', value: window.after }];
  if (window.before !== undefined) {
    filters.push({ col: 'id', opr: 'lt', value: window.before });
  }
  return filters;
}

export interface IdWindowOptions<T> {
  /** One request: the rows of the window and Superset's count of them. */
  fetchWindow: (window: IdWindow) => Promise<Page<T>>;
  idOf: (row: T) => number;
  /** The most rows Superset returns per request. */
  pageSize: number;
  /** The error to throw when Superset lists fewer rows than it counted. */
  incomplete: (message: string) => Error;
}

/** Hard stop for a server that keeps answering windows that never end the walk. */
const MAX_REQUESTS = 20_000;

/**
 * Walks a list by ranges of its ids, each small enough to come back whole in one request, so nothing a
 * concurrent edit does can skip a row: an id never changes, while any order Superset can sort the
 * dashboard list by (`changed_on`, title, owner) moves rows between pages mid-walk and LIMIT/OFFSET
 * paging then skips one (Superset does not let the list be ordered by id).
 *
 * Every window must list as many rows as Superset counted for it in the same answer; otherwise the walk
 * throws rather than yield a partial list. Rows are yielded window by window, ascending by range.
 */
export async function* paginateByIdWindows<T>(
  options: IdWindowOptions<T>,
): AsyncGenerator<T[]> {
  let first = await options.fetchWindow({ after: 0 });
  if (first.rows.length === 0 && first.count > 0) {
    // Dashboards counted but none listed: read again once, then fail rather than list nothing.
    first = await readWindow({ after: 0 }, 1, options);
  }
  if (first.rows.length >= first.count) {
    if (first.rows.length > 0) yield byId(first.rows, options.idOf);
    return;
  }
  // A Superset with a smaller FAB_API_MAX_PAGE_SIZE answers fewer rows per request than asked for.
  const capacity = Math.min(options.pageSize, Math.max(1, first.rows.length));
  const target = Math.max(1, Math.floor(capacity * 0.9));
  const answer = (page: Page<T>) => ({
    count: page.count,
    ids: page.rows.map(options.idOf),
  });
  const sizer = new IdWindowSizer(answer(first), capacity, target);
  for (let request = 1; request < MAX_REQUESTS; request++) {
    const window = sizer.next();
    const page = await readWindow(window, capacity, options);
    if (page.rows.length < page.count) {
      if (!sizer.overflowed(window, answer(page))) {
        throw options.incomplete(
          `Superset counts ${page.count} dashboards among ${
            window.before! - 1 - window.after
          } ids: it does not apply the id filter`,
        );
      }
      continue;
    }
    if (page.rows.length > 0) yield byId(page.rows, options.idOf);
    if (window.before === undefined) return;
    sizer.consumed(window, answer(page));
  }
  throw options.incomplete(
    `the listing did not end after ${MAX_REQUESTS} requests`,
  );
}

/**
 * One window, read again once when Superset lists fewer rows than it counts without filling a page: its
 * count and its select are two statements, and a deletion between them tells them apart. A second
 * mismatch means the list is partial, and a partial list must not replace the catalog.
 */
async function readWindow<T>(
  window: IdWindow,
  capacity: number,
  options: IdWindowOptions<T>,
): Promise<Page<T>> {
  const lost = (page: Page<T>) =>
    page.rows.length < Math.min(page.count, capacity);
  const page = await options.fetchWindow(window);
  if (!lost(page)) return page;
  const again = await options.fetchWindow(window);
  if (!lost(again)) return again;
  throw options.incomplete(
    `Superset counted ${again.count} dashboards but listed ${again.rows.length}`,
  );
}

function byId<T>(rows: T[], idOf: (row: T) => number): T[] {
  return [...rows].sort((a, b) => idOf(a) - idOf(b));
}

import rison from 'rison';

/** The largest page FAB serves (FAB_API_MAX_PAGE_SIZE); asking for more is silently cut to it. */
export const PAGE_SIZE = 100;

/** One FAB list filter; `gt`/`lt` on integer columns are FAB's FilterGreater/FilterSmaller. */
export interface ListFilter {
  col: string;
  opr: string;
  value: string | number | boolean;
}

/** Arguments of FAB's rison `q` parameter that the client uses. */
export interface ListQuery {
  /** Response columns; FAB prunes names that are not list columns of the route. */
  columns?: string[];
  /** `['none']` drops the label/description/order metadata FAB otherwise sends with every page. */
  keys?: string[];
  order_column?: string;
  order_direction?: 'asc' | 'desc';
  /** FAB filters, all of which a row must match, e.g. `{col: 'id', opr: 'gt', value: 100}`. */
  filters?: ListFilter[];
  page: number;
  page_size: number;
}

/** The `q` query parameter for a list route. */
export function listQuery(query: ListQuery): Record<string, string> {
  return { q: rison.encode(query) };
}

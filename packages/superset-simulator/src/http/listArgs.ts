/** Raised for the 400s FAB answers to bad list arguments, with FAB's message. */
export class ListArgsError extends Error {}

export interface ListFilter {
  col: string;
  opr: string;
  value: unknown;
}

export interface ListArgs {
  page: number;
  /** null = everything (only where the API is uncapped and `page_size:-1` was asked for). */
  pageSize: number | null;
  orderColumn: string;
  orderDirection: 'asc' | 'desc';
  filters: ListFilter[];
  /** Requested columns that exist in list_columns (FAB silently drops the others). */
  columns: string[];
  /** Metadata keys to include; undefined = all. */
  keys: string[] | undefined;
}

export interface ListApiSpec {
  listColumns: string[];
  orderColumns: string[];
  defaultOrder: [string, 'asc' | 'desc'];
  /** FAB_API_MAX_PAGE_SIZE (100), or -1 for uncapped APIs such as the database list. */
  maxPageSize: number;
  /** Allowed filter operators per searchable column. */
  searchFilters: Record<string, string[]>;
}

const DEFAULT_PAGE_SIZE = 20;

function integerArg(
  args: Record<string, unknown>,
  key: string,
): number | undefined {
  const value = args[key];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw new ListArgsError(
      `Not a valid rison schema: ${key} is not an integer`,
    );
  }
  return value;
}

function readPaging(args: Record<string, unknown>, spec: ListApiSpec) {
  // Python truthiness: page 0/None -> 0, page_size 0/None -> the default page size.
  const page = integerArg(args, 'page') || 0;
  const pageSize = integerArg(args, 'page_size') || DEFAULT_PAGE_SIZE;
  if (spec.maxPageSize === -1) {
    return { page, pageSize: pageSize === -1 ? null : pageSize };
  }
  if (pageSize > spec.maxPageSize || pageSize < 1) {
    return { page, pageSize: spec.maxPageSize };
  }
  return { page, pageSize };
}

function readOrder(args: Record<string, unknown>, spec: ListApiSpec) {
  const column = args.order_column;
  const direction = args.order_direction;
  if (direction !== undefined && direction !== 'asc' && direction !== 'desc') {
    throw new ListArgsError(
      `Not a valid rison schema: '${String(
        direction,
      )}' is not one of ['asc', 'desc']`,
    );
  }
  if (column === undefined || column === '') {
    return {
      orderColumn: spec.defaultOrder[0],
      orderDirection: spec.defaultOrder[1],
    };
  }
  if (typeof column !== 'string' || !spec.orderColumns.includes(column)) {
    throw new ListArgsError(`Invalid order by column: ${String(column)}`);
  }
  // FAB's SQLA interface sorts descending unless "asc" is asked for.
  return {
    orderColumn: column,
    orderDirection: direction === 'asc' ? ('asc' as const) : ('desc' as const),
  };
}

function readFilters(
  args: Record<string, unknown>,
  spec: ListApiSpec,
): ListFilter[] {
  const raw = args.filters;
  if (raw === undefined) {
    return [];
  }
  if (!Array.isArray(raw)) {
    throw new ListArgsError(
      'Not a valid rison schema: filters is not an array',
    );
  }
  const filters: ListFilter[] = [];
  for (const item of raw) {
    const { col, opr, value } = (item ?? {}) as Record<string, unknown>;
    if (
      typeof col !== 'string' ||
      typeof opr !== 'string' ||
      value === undefined
    ) {
      // FAB logs "Invalid filter" and ignores the rest of the list.
      break;
    }
    const allowed = spec.searchFilters[col];
    if (!allowed) {
      throw new ListArgsError(`Filter column: ${col} not allowed to filter`);
    }
    if (!allowed.includes(opr)) {
      throw new ListArgsError(
        `Filter operation: ${opr} not allowed on column: ${col}`,
      );
    }
    filters.push({ col, opr, value });
  }
  return filters;
}

/** FAB's get_list argument handling (paging, order, filters, column pruning, metadata keys). */
export function readListArgs(
  args: Record<string, unknown>,
  spec: ListApiSpec,
): ListArgs {
  const requested = Array.isArray(args.columns) ? args.columns : [];
  const keys = Array.isArray(args.keys) ? args.keys.map(String) : undefined;
  return {
    ...readPaging(args, spec),
    ...readOrder(args, spec),
    filters: readFilters(args, spec),
    columns: requested.filter(
      (c): c is string => typeof c === 'string' && spec.listColumns.includes(c),
    ),
    keys,
  };
}

/** FAB labels: "changed_by.first_name" -> "Changed By First Name". */
export function prettifyColumn(column: string): string {
  return column
    .split(/[._]/)
    .map(word => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

export function labelColumns(columns: string[]): Record<string, string> {
  return Object.fromEntries(columns.map(c => [c, prettifyColumn(c)]));
}

export interface ListEnvelopeInput {
  args: ListArgs;
  spec: ListApiSpec;
  listTitle: string;
  count: number;
  ids: number[];
  result: unknown[];
}

/** `{count, ids, result}` plus the metadata keys FAB adds unless `keys` narrows them. */
export function listEnvelope(
  input: ListEnvelopeInput,
): Record<string, unknown> {
  const { args, spec } = input;
  const shownColumns =
    args.columns.length > 0 ? args.columns : spec.listColumns;
  const metadata: Record<string, unknown> = {
    description_columns: {},
    label_columns: labelColumns(shownColumns),
    list_columns: shownColumns,
    list_title: input.listTitle,
    order_columns: spec.orderColumns,
  };
  const body: Record<string, unknown> = { count: input.count };
  for (const [key, value] of Object.entries(metadata)) {
    if (args.keys === undefined || args.keys.includes(key)) {
      body[key] = value;
    }
  }
  body.ids = input.ids;
  body.result = input.result;
  return body;
}

/** The window of a precomputed, already filtered sequence that a page asks for. */
export function pageWindow(args: ListArgs): { start: number; end: number } {
  if (args.pageSize === null) {
    return { start: 0, end: Number.POSITIVE_INFINITY };
  }
  const start = args.page * args.pageSize;
  return { start, end: start + args.pageSize };
}

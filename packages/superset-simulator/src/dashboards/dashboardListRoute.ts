import type { Request, Response } from 'express';
import { currentUser } from '../auth/requireAuth';
import {
  ListApiSpec,
  ListArgsError,
  listEnvelope,
  pageWindow,
  readListArgs,
} from '../http/listArgs';
import { pruneRow } from '../http/pruneColumns';
import { sendJson, sendMessage } from '../http/respond';
import { BadRisonError, rawQueryOf, readRisonArgs } from '../http/risonArgs';
import type { LiveModel } from '../model/liveModel';
import { DASHBOARD_ORDER_COLUMNS } from '../model/sortOrders';
import type { Model, ResolvedDashboard } from '../model/types';
import type { Clock } from '../time/clock';
import { dashboardPredicate, dashboardSearchFilters } from './dashboardFilters';
import { dashboardListColumns, dashboardListRow } from './dashboardPayloads';

function spec(model: Model): ListApiSpec {
  return {
    listColumns: dashboardListColumns(model),
    orderColumns: DASHBOARD_ORDER_COLUMNS,
    defaultOrder: ['changed_on', 'desc'],
    maxPageSize: 100,
    searchFilters: dashboardSearchFilters(model),
  };
}

/**
 * Walks the precomputed order (backwards for desc), counting matches and keeping the page's window:
 * O(page) without filters, O(N) with them, never a sort per request.
 */
function selectPage(
  order: ResolvedDashboard[],
  descending: boolean,
  matches: ((d: ResolvedDashboard) => boolean) | null,
  window: { start: number; end: number },
): { count: number; page: ResolvedDashboard[] } {
  const at = (i: number) => order[descending ? order.length - 1 - i : i];
  if (!matches) {
    const page: ResolvedDashboard[] = [];
    for (let i = window.start; i < Math.min(window.end, order.length); i++) {
      page.push(at(i));
    }
    return { count: order.length, page };
  }
  let count = 0;
  const page: ResolvedDashboard[] = [];
  for (let i = 0; i < order.length; i++) {
    const dashboard = at(i);
    if (matches(dashboard)) {
      if (count >= window.start && count < window.end) {
        page.push(dashboard);
      }
      count++;
    }
  }
  return { count, page };
}

/** GET /dashboard/ */
export function dashboardListHandler(model: LiveModel, clock: Clock) {
  return (req: Request, res: Response) => {
    const current = model.get();
    const listSpec = spec(current);
    let args;
    try {
      args = readListArgs(readRisonArgs(rawQueryOf(req.originalUrl)), listSpec);
    } catch (error) {
      if (error instanceof BadRisonError || error instanceof ListArgsError) {
        sendMessage(res, 400, error.message);
        return;
      }
      throw error;
    }
    const order = current.dashboardOrders.get(args.orderColumn)!;
    const matches =
      args.filters.length > 0
        ? dashboardPredicate(args.filters, currentUser(res).id)
        : null;
    const { count, page } = selectPage(
      order,
      args.orderDirection === 'desc',
      matches,
      pageWindow(args),
    );
    const nowMs = clock.now().getTime();
    const rows = page.map(d => {
      const row = dashboardListRow(d, current, nowMs);
      return args.columns.length > 0 ? pruneRow(row, args.columns) : row;
    });
    sendJson(
      res,
      200,
      listEnvelope({
        args,
        spec: listSpec,
        listTitle: 'List Dashboard',
        count,
        ids: page.map(d => d.source.id),
        result: rows,
      }),
    );
  };
}

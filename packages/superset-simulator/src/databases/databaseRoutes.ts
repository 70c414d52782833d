import { Router } from 'express';
import { requireAuth } from '../auth/requireAuth';
import {
  ListApiSpec,
  ListArgsError,
  listEnvelope,
  pageWindow,
  readListArgs,
  ListFilter,
} from '../http/listArgs';
import { pruneRow } from '../http/pruneColumns';
import { sendJson, sendMessage } from '../http/respond';
import { BadRisonError, rawQueryOf, readRisonArgs } from '../http/risonArgs';
import type { ResolvedDatabase } from '../model/types';
import type { SimulatorContext } from '../server/context';
import { humanizeSince } from '../time/humanize';
import { formatNaiveIso, microsToMs } from '../time/timestamps';

const SPEC: ListApiSpec = {
  listColumns: [
    'allow_file_upload',
    'allow_ctas',
    'allow_cvas',
    'allow_dml',
    'allow_run_async',
    'allows_cost_estimate',
    'allows_subquery',
    'allows_virtual_table_explore',
    'backend',
    'changed_on',
    'changed_on_delta_humanized',
    'changed_by.first_name',
    'changed_by.last_name',
    'created_by.first_name',
    'created_by.last_name',
    'database_name',
    'explore_database_id',
    'expose_in_sqllab',
    'extra',
    'force_ctas_schema',
    'id',
    'uuid',
    'disable_data_preview',
    'disable_drill_to_detail',
    'allow_multi_catalog',
    'engine_information',
  ],
  orderColumns: [
    'allow_file_upload',
    'allow_dml',
    'allow_run_async',
    'changed_on',
    'changed_on_delta_humanized',
    'created_by.first_name',
    'database_name',
    'expose_in_sqllab',
  ],
  defaultOrder: ['changed_on', 'desc'],
  // DatabaseRestApi.max_page_size = -1: uncapped, and page_size:-1 returns everything.
  maxPageSize: -1,
  searchFilters: {
    database_name: ['eq', 'neq', 'sw', 'ew', 'ct', 'nct'],
    id: ['eq', 'neq', 'gt', 'lt'],
    expose_in_sqllab: ['eq', 'neq'],
    allow_file_upload: ['eq', 'neq'],
  },
};

const nameOnly = (user: { first_name: string; last_name: string } | null) =>
  user ? { first_name: user.first_name, last_name: user.last_name } : null;

function databaseRow(
  db: ResolvedDatabase,
  nowMs: number,
): Record<string, unknown> {
  const { source } = db;
  return {
    allow_ctas: false,
    allow_cvas: false,
    allow_dml: false,
    allow_file_upload: false,
    allow_multi_catalog: false,
    allow_run_async: false,
    allows_cost_estimate: true,
    allows_subquery: true,
    allows_virtual_table_explore: true,
    backend: source.backend,
    changed_by: nameOnly(db.changedBy),
    changed_on: formatNaiveIso(db.changedOn),
    changed_on_delta_humanized: humanizeSince(nowMs, microsToMs(db.changedOn)),
    created_by: nameOnly(db.createdBy),
    database_name: source.database_name,
    disable_data_preview: false,
    disable_drill_to_detail: false,
    engine_information: {
      disable_ssh_tunneling: false,
      supports_dynamic_catalog: false,
      supports_file_upload: true,
      supports_oauth2: false,
    },
    explore_database_id: source.id,
    expose_in_sqllab: true,
    extra:
      '{"metadata_params": {}, "engine_params": {}, "metadata_cache_timeout": {}, "schemas_allowed_for_file_upload": []}',
    force_ctas_schema: null,
    id: source.id,
    uuid: db.uuid,
  };
}

function matches(db: ResolvedDatabase, filter: ListFilter): boolean {
  const { col, opr, value } = filter;
  if (col === 'database_name') {
    const name = db.source.database_name;
    const text = String(value).toLowerCase();
    switch (opr) {
      case 'eq':
        return name === value;
      case 'neq':
        return name !== value;
      case 'sw':
        return name.toLowerCase().startsWith(text);
      case 'ew':
        return name.toLowerCase().endsWith(text);
      case 'ct':
        return name.toLowerCase().includes(text);
      default:
        return !name.toLowerCase().includes(text);
    }
  }
  if (col === 'id') {
    const id = db.source.id;
    const n = Number(value);
    const comparisons: Record<string, boolean> = {
      eq: id === n,
      neq: id !== n,
      gt: id > n,
      lt: id < n,
    };
    return comparisons[opr];
  }
  // expose_in_sqllab is always true and allow_file_upload always false in the simulator.
  const actual = col === 'expose_in_sqllab';
  return (actual === (value === true)) === (opr === 'eq');
}

function sortKey(db: ResolvedDatabase, column: string): string | number {
  if (column === 'database_name') return db.source.database_name.toLowerCase();
  if (column === 'created_by.first_name') return db.createdBy?.first_name ?? '';
  if (column.startsWith('changed_on')) return db.changedOn;
  return db.source.id;
}

export function databaseRoutes(context: SimulatorContext): Router {
  const router = Router();
  router.get(
    '/database',
    requireAuth(context.tokens, context.model),
    (req, res) => {
      let args;
      try {
        args = readListArgs(readRisonArgs(rawQueryOf(req.originalUrl)), SPEC);
      } catch (error) {
        if (error instanceof BadRisonError || error instanceof ListArgsError) {
          sendMessage(res, 400, error.message);
          return;
        }
        throw error;
      }
      const direction = args.orderDirection === 'asc' ? 1 : -1;
      const selected = context.model
        .get()
        .databases.filter(db => args!.filters.every(f => matches(db, f)))
        .sort((a, b) => {
          const ka = sortKey(a, args!.orderColumn);
          const kb = sortKey(b, args!.orderColumn);
          if (ka === kb) {
            return a.source.id - b.source.id;
          }
          return ka < kb ? -direction : direction;
        });
      const { start, end } = pageWindow(args);
      const page = selected.slice(start, end);
      const nowMs = context.clock.now().getTime();
      sendJson(
        res,
        200,
        listEnvelope({
          args,
          spec: SPEC,
          listTitle: 'List Database',
          count: selected.length,
          ids: page.map(db => db.source.id),
          result: page.map(db => {
            const row = databaseRow(db, nowMs);
            return args!.columns.length > 0
              ? pruneRow(row, args!.columns)
              : row;
          }),
        }),
      );
    },
  );
  return router;
}

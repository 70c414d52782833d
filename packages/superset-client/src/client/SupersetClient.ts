import { LoggerService } from '@backstage/backend-plugin-api';
import { z } from 'zod';
import { AsyncChartData } from '../async/AsyncChartData';
import { SupersetSession } from '../auth/SupersetSession';
import { jwtRejection } from '../auth/jwtRejection';
import { SupersetInstanceConfig } from '../config';
import { untilAborted } from '../http/abortable';
import { CookieJar } from '../http/CookieJar';
import { DEFAULT_RETRY_POLICY, RetryPolicy } from '../http/backoff';
import { RequestBudget } from '../http/RequestBudget';
import { RequestRunner, RunnableRequest } from '../http/RequestRunner';
import { Transport } from '../http/transport';
import { HttpResponse } from '../http/types';
import { toChart } from '../mappers/chart';
import {
  toDashboard,
  toDashboardChart,
  toDashboardSummary,
} from '../mappers/dashboard';
import { toDatabase } from '../mappers/database';
import { toDashboardDataset, toDataset } from '../mappers/dataset';
import { toRelatedUser } from '../mappers/users';
import { chartSchema } from '../schemas/chart';
import {
  dashboardChartsSchema,
  dashboardListSchema,
  dashboardSchema,
} from '../schemas/dashboard';
import { databaseListSchema } from '../schemas/database';
import { dashboardDatasetsSchema, datasetSchema } from '../schemas/dataset';
import { RawRelatedUser, relatedUsersSchema } from '../schemas/related';
import {
  SupersetCallOptions,
  SupersetChart,
  SupersetChartDataOptions,
  SupersetChartDataResponse,
  SupersetDashboard,
  SupersetDashboardChart,
  SupersetDashboardDataset,
  SupersetDashboardSummary,
  SupersetDatabase,
  SupersetDataset,
  SupersetUser,
} from '../types';
import { DASHBOARD_LIST_COLUMNS, DATABASE_LIST_COLUMNS } from './columns';
import { latestValueQuery, readLatestValue } from './freshnessProbe';
import { idFilters, paginateByIdWindows } from './idWindows';
import { listQuery, PAGE_SIZE } from './listQuery';
import { Page, paginate } from './paginate';

/**
 * Options of {@link SupersetClient}.
 *
 * @public
 */
export interface SupersetClientOptions {
  /** The Superset instance to talk to, as read by `readSupersetInstances`. */
  instance: SupersetInstanceConfig;
  /** Receives debug lines (requests, retries, logins); never tokens or passwords. */
  logger?: LoggerService;
  /** Default: the global fetch. */
  fetch?: typeof fetch;
  /** Retries on 5xx, 429, network errors and timeouts. Defaults: 3 retries, 500 ms base, 10 s cap. */
  retry?: Partial<RetryPolicy>;
  /** Waits between retries and for the instance's request budget; injectable so tests need not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** Waits between two reads of Superset's async event stream; injectable like `sleep`. */
  pollSleep?: (ms: number) => Promise<void>;
  /** Time for cookie expiry (Max-Age) and the request budget; default Date.now. */
  now?: () => number;
}

/**
 * The one Superset REST client: JWT login shared by concurrent calls, refresh or re-login when Superset
 * refuses the token, rison-encoded paging, a timeout on every request, retries with back-off on transient
 * failures, tolerant parsing into camelCase domain types, and one error type, SupersetApiError.
 *
 * One client per instance; it is safe to share between concurrent callers.
 *
 * @public
 */
export class SupersetClient {
  private readonly instance: SupersetInstanceConfig;
  private readonly runner: RequestRunner;
  private readonly session: SupersetSession;
  private readonly logger?: LoggerService;
  private readonly chartData: AsyncChartData;

  constructor(options: SupersetClientOptions) {
    this.instance = options.instance;
    this.logger = options.logger;
    // Superset ties the async-query channel to its session cookie: one jar per instance and login.
    const cookies = new CookieJar(options.now);
    const transport = new Transport({
      instanceId: options.instance.id,
      baseUrl: options.instance.baseUrl,
      // Resolved per call, so a fetch installed globally after construction (e.g. by a test) is used.
      fetch: options.fetch ?? ((input, init) => fetch(input, init)),
      logger: options.logger,
      cookies,
    });
    this.runner = new RequestRunner(
      transport,
      {
        policy: resolveRetryPolicy(options.retry),
        sleep: options.sleep,
        logger: options.logger,
      },
      options.instance.requestTimeoutMs,
      RequestBudget.forInstance(
        `${options.instance.id} ${options.instance.baseUrl}`,
        options.instance.maxRequestsPerSecond,
        options.now ?? Date.now,
        options.sleep,
      ),
    );
    this.session = new SupersetSession(
      options.instance,
      this.runner,
      options.logger,
      cookies,
    );
    this.chartData = new AsyncChartData({
      cookies,
      runner: this.runner,
      authorized: request => this.authorized(request),
      loggedIn: request => this.accessToken(request),
      jwtCookieName: options.instance.asyncQueries?.jwtCookieName,
      pollIntervalMs: options.instance.asyncQueries?.pollIntervalMs,
      requestTimeoutMs: options.instance.requestTimeoutMs,
      pollSleep: options.pollSleep,
    });
  }

  /** Every dashboard the service account can see. */
  async listDashboards(
    options: SupersetCallOptions = {},
  ): Promise<SupersetDashboardSummary[]> {
    const all: SupersetDashboardSummary[] = [];
    for await (const page of this.iterateDashboards(options)) {
      all.push(...page);
    }
    return all;
  }

  /**
   * Every dashboard, a page (up to 100) at a time, so a large instance need not sit in memory at once.
   * Pages are ranges of dashboard ids, so dashboards edited or deleted while we page cannot push another
   * out of the list; a page on which Superset lists fewer dashboards than it counts fails the listing
   * (`invalid-response`) instead of returning a partial list.
   */
  async *iterateDashboards(
    options: SupersetCallOptions = {},
  ): AsyncGenerator<SupersetDashboardSummary[]> {
    const path = '/api/v1/dashboard/';
    const pages = paginateByIdWindows({
      fetchWindow: window =>
        this.listPage(path, dashboardListSchema, options, {
          columns: DASHBOARD_LIST_COLUMNS,
          keys: ['none'],
          filters: idFilters(window),
          page: 0,
          page_size: PAGE_SIZE,
        }),
      idOf: row => row.id,
      pageSize: PAGE_SIZE,
      incomplete: message =>
        this.runner.error(
          { method: 'GET', path },
          { kind: 'invalid-response', supersetMessage: message },
        ),
    });
    for await (const rows of pages) {
      yield rows.map(row => toDashboardSummary(row, this.instance.baseUrl));
    }
  }

  /** One dashboard by id or slug. */
  async getDashboard(
    idOrSlug: number | string,
    options: SupersetCallOptions = {},
  ): Promise<SupersetDashboard> {
    const body = await this.getJson(
      `/api/v1/dashboard/${dashboardKey(idOrSlug)}`,
      dashboardSchema,
      options,
    );
    return toDashboard(body.result, this.instance.baseUrl);
  }

  /** The charts attached to a dashboard, with their saved form data. */
  async getDashboardCharts(
    id: number,
    options: SupersetCallOptions = {},
  ): Promise<SupersetDashboardChart[]> {
    const body = await this.getJson(
      `/api/v1/dashboard/${positiveId(id, 'dashboard')}/charts`,
      dashboardChartsSchema,
      options,
    );
    return body.result.map(toDashboardChart);
  }

  /** The datasets behind a dashboard's charts, trimmed to the columns and metrics those charts use. */
  async getDashboardDatasets(
    id: number,
    options: SupersetCallOptions = {},
  ): Promise<SupersetDashboardDataset[]> {
    const body = await this.getJson(
      `/api/v1/dashboard/${positiveId(id, 'dashboard')}/datasets`,
      dashboardDatasetsSchema,
      options,
    );
    return body.result.map(toDashboardDataset);
  }

  /** One chart by id, with its saved query context and form data parsed. */
  async getChart(
    id: number,
    options: SupersetCallOptions = {},
  ): Promise<SupersetChart> {
    const body = await this.getJson(
      `/api/v1/chart/${positiveId(id, 'chart')}`,
      chartSchema,
      options,
    );
    return toChart(body.result, this.instance.baseUrl);
  }

  /**
   * Runs a chart's saved query context. A failing query is an error (Superset answers 400 with the
   * database's message); zero rows is a success with `data: []`. With GLOBAL_ASYNC_QUERIES on, Superset
   * answers 202 with a job: it is awaited (bounded by `signal`) and its results returned, a failed job as
   * a query with `status: 'failed'`; `awaitAsync: false` returns the job instead.
   */
  async getChartData(
    id: number,
    options: SupersetChartDataOptions = {},
  ): Promise<SupersetChartDataResponse> {
    const request: RunnableRequest = {
      method: 'GET',
      path: `/api/v1/chart/${positiveId(id, 'chart')}/data/`,
      // Never forced unless asked: a cached result is what the dashboard shows, and it spares the warehouse.
      query: options.force ? { force: 'true' } : undefined,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
    };
    const response = await this.chartData.submit(request);
    if (response.status === 202 && options.awaitAsync === false) {
      return { kind: 'async', job: this.chartData.job(response, request) };
    }
    return {
      kind: 'data',
      queries: await this.chartData.queries(response, request),
    };
  }

  /** One dataset by id, with all its columns and metrics. */
  async getDataset(
    id: number,
    options: SupersetCallOptions = {},
  ): Promise<SupersetDataset> {
    const body = await this.getJson(
      `/api/v1/dataset/${positiveId(id, 'dataset')}`,
      datasetSchema,
      options,
    );
    return toDataset(body.result);
  }

  /**
   * The newest value of a dataset's temporal column (ISO, UTC), through one small ad-hoc query
   * (`POST /api/v1/chart/data`, `MAX(column)`, one row); null when the table is empty. This is how fresh
   * the data of a chart without a time column is. A query error is thrown like any Superset error.
   */
  async getDatasetLatestValue(
    datasetId: number,
    column: string,
    options: SupersetCallOptions = {},
  ): Promise<string | null> {
    const request: RunnableRequest = {
      method: 'POST',
      path: '/api/v1/chart/data',
      body: latestValueQuery(positiveId(datasetId, 'dataset'), column),
      signal: options.signal,
      timeoutMs: options.timeoutMs,
    };
    // With GLOBAL_ASYNC_QUERIES Superset runs this ad-hoc query as a job too (202), awaited like a chart's.
    const [query] = await this.chartData.queries(
      await this.chartData.submit(request),
      request,
    );
    if (query?.error || query?.status === 'failed') {
      throw this.runner.error(request, {
        kind: 'http',
        status: 400,
        supersetMessage: query.error ?? 'the query failed',
      });
    }
    return readLatestValue(query ? [query] : []);
  }

  /** Every database connection the service account can see. */
  async listDatabases(
    options: SupersetCallOptions = {},
  ): Promise<SupersetDatabase[]> {
    const all: SupersetDatabase[] = [];
    const pages = paginate(
      page =>
        this.listPage('/api/v1/database/', databaseListSchema, options, {
          columns: DATABASE_LIST_COLUMNS,
          keys: ['none'],
          page,
          page_size: PAGE_SIZE,
        }),
      row => row.id,
    );
    for await (const rows of pages) {
      all.push(...rows.map(toDatabase));
    }
    return all;
  }

  /** Everyone who may own a dashboard (`GET /api/v1/dashboard/related/owners`), with e-mail when Superset sends it. */
  async listDashboardOwners(
    options: SupersetCallOptions = {},
  ): Promise<SupersetUser[]> {
    const all: SupersetUser[] = [];
    const pages = paginate<RawRelatedUser>(
      async page => {
        // The related route takes no `keys`/`columns`: it always answers {count, result}.
        const body = await this.getJson(
          '/api/v1/dashboard/related/owners',
          relatedUsersSchema,
          options,
          listQuery({ page, page_size: PAGE_SIZE }),
        );
        return { count: body.count, rows: body.result };
      },
      row => row.value,
    );
    for await (const rows of pages) {
      all.push(...rows.map(toRelatedUser));
    }
    return all;
  }

  private async listPage<
    S extends z.ZodType<{ count: number; result: unknown[] }>,
  >(
    path: string,
    schema: S,
    options: SupersetCallOptions,
    query: Parameters<typeof listQuery>[0],
  ): Promise<Page<z.output<S>['result'][number]>> {
    const body = await this.getJson(path, schema, options, listQuery(query));
    return { count: body.count, rows: body.result };
  }

  private async getJson<S extends z.ZodType>(
    path: string,
    schema: S,
    options: SupersetCallOptions,
    query?: Record<string, string>,
  ): Promise<z.output<S>> {
    const request: RunnableRequest = {
      method: 'GET',
      path,
      query,
      signal: options.signal,
      timeoutMs: options.timeoutMs,
    };
    return this.runner.parse(schema, await this.authorized(request), request);
  }

  /** The access token (logging in when there is none), given up when the caller aborts. */
  private accessToken(request: RunnableRequest): Promise<string> {
    return untilAborted(this.session.accessToken(), request.signal, () =>
      this.cancelled(request),
    );
  }

  private cancelled(request: RunnableRequest) {
    return this.runner.error(request, {
      kind: 'aborted',
      supersetMessage: 'the caller cancelled the request',
    });
  }

  /**
   * Sends `request` with the access token. When Superset refuses the token, renews it once (refresh for
   * an expired token, else login) and replays the call; a second refusal is thrown like any error.
   */
  private async authorized(request: RunnableRequest): Promise<HttpResponse> {
    const aborted = () => this.cancelled(request);
    const token = await this.accessToken(request);
    try {
      return await this.runner.send({ ...request, bearer: token });
    } catch (error) {
      const reason = jwtRejection(error);
      if (!reason) {
        throw error;
      }
      this.logger?.debug(
        `Superset ${this.instance.id}: ${request.method} ${request.path} refused the token (${reason}); renewing it and replaying once`,
      );
      const renewed = await untilAborted(
        this.session.recover(token, reason),
        request.signal,
        aborted,
      );
      return this.runner.send({ ...request, bearer: renewed });
    }
  }
}

function resolveRetryPolicy(retry: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY };
  for (const key of Object.keys(policy) as (keyof RetryPolicy)[]) {
    const value = retry[key];
    if (value !== undefined) {
      if (!Number.isFinite(value) || value < 0) {
        throw new TypeError(
          `SupersetClient retry.${key} must be a non-negative number, got ${value}`,
        );
      }
      policy[key] = value;
    }
  }
  return policy;
}

/** Ids end up in URL paths: anything but a positive integer is a bug in the caller. */
function positiveId(id: number, what: string): number {
  if (!Number.isSafeInteger(id) || id < 1) {
    throw new TypeError(`${what} id must be a positive integer, got ${id}`);
  }
  return id;
}

function dashboardKey(idOrSlug: number | string): string {
  if (typeof idOrSlug === 'number') {
    return String(positiveId(idOrSlug, 'dashboard'));
  }
  if (idOrSlug.trim() === '') {
    throw new TypeError('dashboard slug must not be empty');
  }
  return encodeURIComponent(idOrSlug);
}

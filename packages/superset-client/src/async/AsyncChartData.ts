import { CookieJar } from '../http/CookieJar';
import { RequestRunner, RunnableRequest } from '../http/RequestRunner';
import { HttpResponse } from '../http/types';
import { toAsyncJob, toChartQueryResult } from '../mappers/chart';
import { chartDataAsyncSchema, chartDataSchema } from '../schemas/chart';
import { SupersetAsyncJob, SupersetChartQueryResult } from '../types';
import { AsyncEventPoller } from './AsyncEventPoller';
import { asyncEventListSchema } from './asyncEventSchema';
import { AsyncToken } from './AsyncToken';
import { awaitChartData } from './awaitChartData';

/** Superset's async event stream (the polling transport of GLOBAL_ASYNC_QUERIES). */
const ASYNC_EVENT_PATH = '/api/v1/async_event/';
/** Superset's own GLOBAL_ASYNC_QUERIES_POLLING_DELAY. */
const DEFAULT_POLL_INTERVAL_MS = 500;

export interface AsyncChartDataOptions {
  cookies: CookieJar;
  runner: RequestRunner;
  /** Sends a request with the access token (and its renewal): the client's own. */
  authorized(request: RunnableRequest): Promise<HttpResponse>;
  /** Resolves once logged in (or rejects when the request's signal ends first). */
  loggedIn(request: RunnableRequest): Promise<unknown>;
  jwtCookieName?: string;
  pollIntervalMs?: number;
  /** The fallback bound of a wait whose caller gave no signal. */
  requestTimeoutMs: number;
  pollSleep?: (ms: number) => Promise<void>;
}

/**
 * Chart data under GLOBAL_ASYNC_QUERIES for one client (instance and login): the async token, the one
 * poll loop of its channel, and the awaiting of 202 jobs. On a synchronous Superset it only passes the
 * answers through.
 */
export class AsyncChartData {
  private readonly token: AsyncToken;
  private readonly poller: AsyncEventPoller;

  constructor(private readonly options: AsyncChartDataOptions) {
    this.token = new AsyncToken(options.cookies, options.jwtCookieName);
    this.poller = new AsyncEventPoller({
      readEvents: lastId => this.readEvents(lastId),
      currentChannel: () => this.token.channel(),
      intervalMs: options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
      sleep:
        options.pollSleep ??
        (ms => new Promise(resolve => setTimeout(resolve, ms))),
      aborted: jobId =>
        options.runner.error(
          { method: 'GET', path: ASYNC_EVENT_PATH },
          {
            kind: 'aborted',
            supersetMessage: `stopped waiting for async job ${jobId}`,
          },
        ),
    });
  }

  /** Sends a chart-data request (GET saved, POST ad hoc), renewing the async token when Superset refuses it. */
  async submit(request: RunnableRequest): Promise<HttpResponse> {
    // Logged in first, so the token's first-request gate sees the token the login set.
    await this.options.loggedIn(request);
    return this.token.withRenewal(() => this.options.authorized(request));
  }

  /** The job of a 202 answer. */
  job(response: HttpResponse, request: RunnableRequest): SupersetAsyncJob {
    return toAsyncJob(
      this.options.runner.parse(chartDataAsyncSchema, response, request),
    );
  }

  /** The queries of a chart-data answer; a 202 is awaited within the request's signal. */
  queries(
    response: HttpResponse,
    request: RunnableRequest,
  ): Promise<SupersetChartQueryResult[]> {
    const { runner, authorized } = this.options;
    return awaitChartData(
      response,
      {
        poller: this.poller,
        resubmit: () => this.submit(request),
        toJob: answer => this.job(answer, request),
        toQueries: answer =>
          runner
            .parse(chartDataSchema, answer, request)
            .result.map(toChartQueryResult),
        fetchResult: path =>
          authorized({
            method: 'GET',
            path,
            signal: request.signal,
            timeoutMs: request.timeoutMs,
          }),
      },
      // A caller without a signal still gets an answer: the job may wait as long as one request may.
      request.signal ??
        AbortSignal.timeout(request.timeoutMs ?? this.options.requestTimeoutMs),
    );
  }

  /** One read of the event stream of this login's channel (the poll loop's only request). */
  private async readEvents(lastId: string | undefined) {
    const request: RunnableRequest = {
      method: 'GET',
      path: ASYNC_EVENT_PATH,
      query: lastId ? { last_id: lastId } : undefined,
    };
    const response = await this.token.withRenewal(() =>
      this.options.authorized(request),
    );
    return this.options.runner.parse(asyncEventListSchema, response, request)
      .result;
  }
}

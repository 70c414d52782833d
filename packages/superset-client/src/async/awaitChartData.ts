import { SupersetApiError } from '../errors';
import { HttpResponse } from '../http/types';
import { SupersetAsyncJob, SupersetChartQueryResult } from '../types';
import { AsyncChannelLost, AsyncEventPoller } from './AsyncEventPoller';
import { JOB_ERROR, RawAsyncEvent } from './asyncEventSchema';

/** New jobs submitted after a lost channel or an expired result, before giving up. */
const MAX_RESUBMITS = 3;

export interface AwaitChartDataDeps {
  poller: AsyncEventPoller;
  /** The chart-data request again: after a lost channel or an expired result there is no other way in. */
  resubmit(): Promise<HttpResponse>;
  /** `GET result_url` (`/api/v1/chart/data/{cache_key}`). */
  fetchResult(path: string): Promise<HttpResponse>;
  toJob(response: HttpResponse): SupersetAsyncJob;
  toQueries(response: HttpResponse): SupersetChartQueryResult[];
}

/**
 * Turns a chart-data answer into results, following Superset's global-async-queries protocol: a 200 (a
 * cached result) is the answer; a 202 is a job whose final event is awaited on the instance's shared poll
 * loop, then its `result_url` is fetched. The caller's signal bounds the whole wait.
 */
export async function awaitChartData(
  first: HttpResponse,
  deps: AwaitChartDataDeps,
  signal: AbortSignal,
): Promise<SupersetChartQueryResult[]> {
  let response = first;
  for (let resubmits = 0; ; resubmits++) {
    if (response.status !== 202) return deps.toQueries(response);
    const job = deps.toJob(response);
    try {
      const event = await deps.poller.wait(job, signal);
      if (event.status === JOB_ERROR) return [failedQuery(event)];
      if (!event.result_url) {
        throw new TypeError(
          `async job ${job.jobId} is done without a result_url`,
        );
      }
      return deps.toQueries(
        await deps.fetchResult(resultPath(event.result_url)),
      );
    } catch (error) {
      if (resubmits >= MAX_RESUBMITS || !worthResubmitting(error)) throw error;
    }
    response = await deps.resubmit();
  }
}

/** The channel went with an expired async token, or the cached result expired before it was read. */
function worthResubmitting(error: unknown): boolean {
  if (error instanceof AsyncChannelLost) return true;
  return (
    error instanceof SupersetApiError &&
    error.kind === 'http' &&
    // 404: the query context left the cache; 422: the data did; 410 from proxies that say "gone".
    (error.status === 404 || error.status === 410 || error.status === 422)
  );
}

/**
 * A job's `errors` as a failed query: what Superset's own frontend shows, and how older releases
 * reported failed queries inside a 200, so consumers need one way to read a query failure.
 */
function failedQuery(event: RawAsyncEvent): SupersetChartQueryResult {
  const messages = (event.errors ?? [])
    .map(e => e.message)
    .filter((m): m is string => typeof m === 'string' && m !== '');
  return {
    status: 'failed',
    error: messages.join('; ') || 'the async query failed without a message',
    rowcount: 0,
    colnames: [],
    coltypes: [],
    data: [],
    isCached: false,
    cachedDttm: null,
    fromDttm: null,
    toDttm: null,
  };
}

/** result_url is a path today; an absolute URL (a proxy rewriting it) is reduced to its path. */
function resultPath(url: string): string {
  return /^https?:\/\//i.test(url) ? new URL(url).pathname : url;
}

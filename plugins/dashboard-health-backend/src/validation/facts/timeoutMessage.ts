import { SupersetApiError } from '@dashboard-health/superset-client';

/** The client gives up waiting for an async job with an abort on the event-stream path. */
const ASYNC_EVENT_PATH = '/api/v1/async_event/';

/**
 * Why a chart ran out of its budget. On an async-queries Superset the time went into a job that never
 * reported back, which points at the workers rather than at the web server: the message says which.
 */
export function timeoutMessage(error: unknown, budgetMs: number): string {
  if (error instanceof SupersetApiError && error.path === ASYNC_EVENT_PATH) {
    return `the async query did not finish within ${budgetMs} ms (${error.supersetMessage})`;
  }
  return `no answer within ${budgetMs} ms, retries included`;
}

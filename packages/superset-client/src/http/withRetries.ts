import { LoggerService } from '@backstage/backend-plugin-api';
import { SupersetApiError } from '../errors';
import { RetryPolicy, retryDelayMs } from './backoff';
import { Sleep, sleepUnlessAborted } from './sleep';

export interface RetryContext {
  policy: RetryPolicy;
  sleep?: Sleep;
  logger?: LoggerService;
  random?: () => number;
}

/**
 * Runs `attempt` until it succeeds, it fails in a way a retry cannot fix (see
 * SupersetApiError.retryable), or the policy's retries are spent; then the last error is thrown as is,
 * so its status tells what the final answer was. Waits back off between attempts and end early with
 * `abortError()` when the caller aborts.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  context: RetryContext,
  signal: AbortSignal | undefined,
  abortError: () => Error,
): Promise<T> {
  for (let retryIndex = 0; ; retryIndex++) {
    try {
      return await attempt();
    } catch (error) {
      if (
        !(error instanceof SupersetApiError) ||
        !error.retryable ||
        retryIndex >= context.policy.attempts
      ) {
        throw error;
      }
      const delay = retryDelayMs(
        retryIndex,
        context.policy,
        error.retryAfterMs,
        context.random,
      );
      context.logger?.debug(
        `${error.message}; retry ${retryIndex + 1} of ${
          context.policy.attempts
        } in ${delay} ms`,
      );
      await sleepUnlessAborted(context.sleep, delay, signal, abortError);
    }
  }
}

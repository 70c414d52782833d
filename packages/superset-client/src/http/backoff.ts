/**
 * How many times, and how patiently, a failed request is tried again.
 *
 * @public
 */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  attempts: number;
  /** Delay step of the first retry, in milliseconds; each further retry doubles it. */
  baseDelayMs: number;
  /** Upper bound of any delay between two attempts, in milliseconds. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 10_000,
};

/**
 * Delay before retry number `retryIndex` (0 for the first retry): exponential, capped, with "equal jitter"
 * (a random point in the upper half) so that clients failing together do not retry together, while every
 * retry still waits at least half its step.
 */
export function backoffDelayMs(
  retryIndex: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const step = Math.min(
    policy.maxDelayMs,
    policy.baseDelayMs * 2 ** Math.max(0, retryIndex),
  );
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * Delay before the next retry: what Superset asked for through `Retry-After` when it did, capped at
 * `maxDelayMs` so a hostile or confused server cannot park the client for hours; else the back-off.
 */
export function retryDelayMs(
  retryIndex: number,
  policy: RetryPolicy,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) {
    return Math.min(policy.maxDelayMs, Math.max(0, retryAfterMs));
  }
  return backoffDelayMs(retryIndex, policy, random);
}

/**
 * Parses a `Retry-After` header: delay-seconds (`120`) or an HTTP date (`Wed, 21 Oct 2015 07:28:00 GMT`),
 * relative to `nowMs`. Undefined when absent or unparseable; a date in the past gives 0.
 */
export function parseRetryAfterMs(
  header: string | null | undefined,
  nowMs: number = Date.now(),
): number | undefined {
  const value = header?.trim();
  if (!value) {
    return undefined;
  }
  if (/^\d+(\.\d+)?$/.test(value)) {
    return Math.round(Number(value) * 1000);
  }
  // An HTTP date always names its month; without that guard Date.parse reads '-5' as the year -5.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, date - nowMs);
}

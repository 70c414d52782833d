import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  RateLimitError,
} from 'openai';

const MAX_DETAIL_CHARS = 200;

/** `30s` for whole seconds, `250ms` otherwise: the unit people configured. */
export function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

function afterRetries(attempts: number): string {
  const retries = Math.max(0, attempts - 1);
  if (retries === 0) {
    return '';
  }
  return ` after ${retries} ${retries === 1 ? 'retry' : 'retries'}`;
}

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= MAX_DETAIL_CHARS
    ? oneLine
    : `${oneLine.slice(0, MAX_DETAIL_CHARS - 1)}…`;
}

/** The server's own words (`{ error: { message } }`), not the SDK's status-prefixed restatement. */
function serverMessage(error: APIError): string | undefined {
  const body = error.error as { message?: unknown } | undefined;
  return typeof body?.message === 'string' && body.message.trim()
    ? clip(body.message)
    : undefined;
}

/**
 * undici wraps the useful part (`connect ECONNREFUSED …`) a cause or two deep under `fetch failed`.
 * Duck-typed, because errors from another realm (fetch's own, in a sandbox) fail `instanceof Error`.
 */
function rootCause(error: unknown): string | undefined {
  let current: unknown = error;
  let message: string | undefined;
  for (let depth = 0; depth < 5; depth++) {
    const candidate = current as { message?: unknown; cause?: unknown } | null;
    if (typeof candidate !== 'object' || candidate === null) {
      break;
    }
    if (typeof candidate.message === 'string' && candidate.message) {
      message = candidate.message;
    }
    current = candidate.cause;
  }
  return message ? clip(message) : undefined;
}

/**
 * Why a request to the LLM server failed, in a few words for the record. `attempts` is how many HTTP
 * requests were made, so the retries the SDK spent (it retries 408/409/429/5xx, timeouts and
 * connection errors, honouring `retry-after`) can be stated rather than assumed.
 */
export function describeRequestError(
  error: unknown,
  context: { timeoutMs: number; attempts: number },
): string {
  const { attempts } = context;
  // Order matters: the timeout and abort errors are subclasses of the connection error.
  if (error instanceof APIUserAbortError) {
    return 'aborted';
  }
  if (error instanceof APIConnectionTimeoutError) {
    const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
    return `timed out after ${formatDuration(context.timeoutMs)}${tries}`;
  }
  if (error instanceof APIConnectionError) {
    const cause = rootCause(error.cause);
    return `connection failed${afterRetries(attempts)}${
      cause ? `: ${cause}` : ''
    }`;
  }
  if (error instanceof RateLimitError) {
    return `rate limited (429)${afterRetries(attempts)}`;
  }
  if (error instanceof APIError && error.status !== undefined) {
    const detail = serverMessage(error);
    const suffix = detail ? `: ${detail}` : '';
    if (error.status >= 500) {
      return `server error (${error.status})${afterRetries(attempts)}${suffix}`;
    }
    if (error.status === 401) {
      return `API key rejected (401)${suffix}`;
    }
    return `request rejected (${error.status})${suffix}`;
  }
  return `unexpected error: ${rootCause(error) ?? String(error)}`;
}

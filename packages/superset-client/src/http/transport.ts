import { LoggerService } from '@backstage/backend-plugin-api';
import { SupersetApiError, extractSupersetMessage } from '../errors';
import { parseRetryAfterMs } from './backoff';
import { CookieJar } from './CookieJar';
import { HttpRequest, HttpResponse } from './types';

export interface TransportOptions {
  instanceId: string;
  baseUrl: string;
  fetch: typeof fetch;
  logger?: LoggerService;
  /** Cookies sent with every request and updated from every answer (Superset's session and async JWT). */
  cookies?: CookieJar;
}

/**
 * Sends ONE attempt of a request: builds the URL, applies the attempt's timeout together with the
 * caller's signal, reads and parses the JSON body, and turns every failure into a SupersetApiError of
 * the right kind. Retrying and authentication are the layers above.
 */
export class Transport {
  constructor(private readonly options: TransportOptions) {}

  async send(request: HttpRequest): Promise<HttpResponse> {
    const timeout = AbortSignal.timeout(request.timeoutMs);
    const signal = request.signal
      ? AbortSignal.any([request.signal, timeout])
      : timeout;
    const startedAt = Date.now();
    let status: number;
    let text: string;
    let headers: Headers;
    try {
      const response = await this.options.fetch(this.url(request), {
        method: request.method,
        headers: this.headers(request),
        body:
          request.body === undefined ? undefined : JSON.stringify(request.body),
        signal,
      });
      status = response.status;
      headers = response.headers;
      // Error answers set cookies too: a 401 for a missing async token carries the new one.
      this.options.cookies?.store(headers.getSetCookie?.() ?? []);
      // Read under the same signal: a body that trickles in past the timeout is a timeout too.
      text = await response.text();
    } catch (error) {
      throw this.failure(request, timeout, error);
    }
    this.options.logger?.debug(
      `Superset ${this.options.instanceId}: ${request.method} ${
        request.path
      } -> ${status} in ${Date.now() - startedAt} ms`,
    );
    return this.interpret(request, status, headers, text);
  }

  private url(request: HttpRequest): string {
    const query = request.query
      ? `?${new URLSearchParams(request.query).toString()}`
      : '';
    return `${this.options.baseUrl}${request.path}${query}`;
  }

  private headers(request: HttpRequest): Record<string, string> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (request.body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (request.bearer) {
      headers.Authorization = `Bearer ${request.bearer}`;
    }
    const cookie = this.options.cookies?.header(request.path);
    if (cookie) {
      headers.Cookie = cookie;
    }
    return headers;
  }

  private interpret(
    request: HttpRequest,
    status: number,
    headers: Headers,
    text: string,
  ): HttpResponse {
    let body: unknown = undefined;
    let isJson = true;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        isJson = false;
      }
    }
    if (status >= 200 && status < 300) {
      if (!isJson) {
        throw this.error(request, {
          kind: 'invalid-response',
          status,
          supersetMessage: `the body is not valid JSON (starts with ${JSON.stringify(
            text.slice(0, 40),
          )})`,
        });
      }
      return { status, body };
    }
    const extracted = extractSupersetMessage(
      isJson ? body : undefined,
      isJson ? '' : text,
    );
    throw this.error(request, {
      kind: 'http',
      status,
      supersetMessage: extracted.message || `HTTP ${status}`,
      errorType: extracted.errorType,
      bodyShape: extracted.shape,
      retryAfterMs:
        status === 429 || status === 503
          ? parseRetryAfterMs(headers.get('retry-after'))
          : undefined,
    });
  }

  private failure(
    request: HttpRequest,
    timeout: AbortSignal,
    error: unknown,
  ): SupersetApiError {
    if (request.signal?.aborted) {
      return this.error(request, {
        kind: 'aborted',
        supersetMessage: 'the caller cancelled the request',
        cause: error,
      });
    }
    if (timeout.aborted) {
      return this.error(request, {
        kind: 'timeout',
        supersetMessage: `no answer within ${request.timeoutMs} ms`,
        cause: error,
      });
    }
    return this.error(request, {
      kind: 'network',
      supersetMessage: describeNetworkError(error),
      cause: error,
    });
  }

  /** An error about `request`, for the layers above (aborts while waiting, unusable bodies). */
  error(
    request: Pick<HttpRequest, 'method' | 'path'>,
    details: Omit<
      ConstructorParameters<typeof SupersetApiError>[0],
      'instanceId' | 'method' | 'path'
    >,
  ): SupersetApiError {
    return new SupersetApiError({
      ...details,
      instanceId: this.options.instanceId,
      method: request.method,
      path: request.path,
    });
  }
}

/** undici reports `fetch failed` and hides the useful part (ECONNREFUSED, ...) in `cause`. */
function describeNetworkError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause;
    if (cause instanceof Error && cause.message) {
      return `${error.message} (${cause.message})`;
    }
    return error.message;
  }
  return String(error);
}

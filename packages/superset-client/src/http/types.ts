/** One HTTP request to Superset, as the client's layers pass it down. */
export interface HttpRequest {
  method: 'GET' | 'POST';
  /** Path below the instance's base URL, e.g. `/api/v1/chart/6/data/`. */
  path: string;
  /** Query parameters; values are sent URL-encoded. */
  query?: Record<string, string>;
  /** JSON request body. */
  body?: unknown;
  /** Bearer token for the Authorization header. */
  bearer?: string;
  /** The caller's signal; its abort is final (never retried). */
  signal?: AbortSignal;
  /** Timeout of this one attempt. */
  timeoutMs: number;
}

/** A successful (2xx) answer with its parsed JSON body (undefined when the body was empty). */
export interface HttpResponse {
  status: number;
  body: unknown;
}

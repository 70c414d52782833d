/**
 * Flask-AppBuilder authentication providers the JWT login accepts.
 *
 * @public
 */
export type SupersetAuthProvider = 'db' | 'ldap';

/**
 * One validated entry of `superset.instances`.
 *
 * @public
 */
export interface SupersetInstanceConfig {
  /** Environment id: lowercase `[a-z0-9-]`, at most 63 characters (it ends up in entity names). */
  id: string;
  /** Human-readable name of the instance; defaults to the id. */
  title: string;
  /** http(s) root URL without a trailing slash. */
  baseUrl: string;
  /** The service account's login: provider, username and password. */
  auth: {
    provider: SupersetAuthProvider;
    username: string;
    password: string;
  };
  /** Cluster-wide cap on concurrent validations against this instance (at least 1). */
  maxConcurrency: number;
  /** Timeout of each HTTP request, in milliseconds. */
  requestTimeoutMs: number;
  /**
   * The instance's request budget: requests (retries and logins included) start at least 1/rate s apart,
   * shared by every client of the instance in the process. Undefined: no limit.
   */
  maxRequestsPerSecond?: number;
  /** How to follow GLOBAL_ASYNC_QUERIES jobs; defaults apply when absent. */
  asyncQueries?: SupersetAsyncQueriesConfig;
}

/**
 * `superset.instances[].asyncQueries`: only matters where Superset runs chart queries asynchronously.
 *
 * @public
 */
export interface SupersetAsyncQueriesConfig {
  /** Superset's GLOBAL_ASYNC_QUERIES_JWT_COOKIE_NAME; default `async-token`. */
  jwtCookieName: string;
  /** Pause between two reads of `/api/v1/async_event/`; default 500 ms (Superset's own polling delay). */
  pollIntervalMs: number;
}

export interface Config {
  /** Apache Superset settings shared by every Dashboard Health package. */
  superset?: {
    /** The Superset instances (environments) to sync and validate. */
    instances?: Array<{
      /**
       * Environment id used everywhere else (entity names, runs). Lowercase letters, digits and '-', at
       * most 63 characters.
       */
      id: string;
      /** Human-readable name; defaults to the id. */
      title?: string;
      /** Root URL of Superset, e.g. http://localhost:8088 (http or https). */
      baseUrl: string;
      /** The service account the client logs in with (JWT, `POST /api/v1/security/login`). */
      auth: {
        /** Flask-AppBuilder auth provider; default db. */
        provider?: 'db' | 'ldap';
        /** @visibility secret */
        username: string;
        /** @visibility secret */
        password: string;
      };
      /** Cluster-wide cap on concurrent validations against this instance; default 2. */
      maxConcurrency?: number;
      /**
       * This instance's request budget: requests to it (catalog paging, validations, retries, logins)
       * start at least 1/rate seconds apart, per backend process. Default 20.
       * @visibility backend
       */
      maxRequestsPerSecond?: number;
      /**
       * Timeout of each HTTP request to this instance; default 30 seconds. An object such as
       * `{ seconds: 30 }`, an ISO duration (`PT30S`) or a string such as `30s`.
       */
      requestTimeout?:
        | {
            years?: number;
            months?: number;
            weeks?: number;
            days?: number;
            hours?: number;
            minutes?: number;
            seconds?: number;
            milliseconds?: number;
          }
        | string;
      /** Global async queries (GLOBAL_ASYNC_QUERIES): how the client follows chart-data jobs. */
      asyncQueries?: {
        /** Superset's GLOBAL_ASYNC_QUERIES_JWT_COOKIE_NAME; default `async-token`. */
        jwtCookieName?: string;
        /**
         * Pause between two reads of `/api/v1/async_event/`; default 500 ms (Superset's own
         * GLOBAL_ASYNC_QUERIES_POLLING_DELAY). Same formats as requestTimeout.
         */
        pollInterval?:
          | {
              minutes?: number;
              seconds?: number;
              milliseconds?: number;
            }
          | string;
      };
    }>;
  };
}

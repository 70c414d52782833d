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
    }>;
  };
}

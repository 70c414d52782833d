export interface Config {
  dashboardHealth?: {
    /** The permission policy of this backend (packages/backend/src/permissions). */
    permissions?: {
      /**
       * `allow-all` (default, the embedded development setup): every permission is allowed.
       * `owners-and-admins` (production): writing validation policies needs membership of `adminGroup`;
       * "Run now" (`dashboard-health.run.create`) needs ownership of the dashboard's catalog entity or
       * membership of `adminGroup`; every other permission, reads included, is allowed.
       */
      policy?: 'allow-all' | 'owners-and-admins';
      /**
       * The group whose members administer Dashboard Health, e.g. `group:default/dashboard-health-admins`
       * (kind defaults to group). Required with `owners-and-admins`.
       */
      adminGroup?: string;
    };
  };
}

/** Flask-AppBuilder authentication providers the JWT login accepts. */
export type SupersetAuthProvider = 'db' | 'ldap';

/** One validated entry of `superset.instances`. */
export interface SupersetInstanceConfig {
  /** Environment id: lowercase `[a-z0-9-]`, at most 63 characters (it ends up in entity names). */
  id: string;
  title: string;
  /** http(s) root URL without a trailing slash. */
  baseUrl: string;
  auth: {
    provider: SupersetAuthProvider;
    username: string;
    password: string;
  };
  /** Cluster-wide cap on concurrent validations against this instance (at least 1). */
  maxConcurrency: number;
  /** Timeout of each HTTP request, in milliseconds. */
  requestTimeoutMs: number;
}

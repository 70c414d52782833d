import { Config } from '@backstage/config';
import { readOptionalDurationMs } from './duration';
import {
  SupersetAsyncQueriesConfig,
  SupersetAuthProvider,
  SupersetInstanceConfig,
} from './types';

const ID_PATTERN = /^[a-z0-9-]{1,63}$/;
const PROVIDERS: readonly SupersetAuthProvider[] = ['db', 'ldap'];
const DEFAULT_MAX_CONCURRENCY = 2;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** 50,000 dashboards are 500 list pages: 25 s at this rate, and Superset sees at most 20 requests a second. */
const DEFAULT_MAX_REQUESTS_PER_SECOND = 20;
const DEFAULT_ASYNC_COOKIE_NAME = 'async-token';
const DEFAULT_POLL_INTERVAL_MS = 500;
/** RFC 6265 cookie-name: a token, so no separators, spaces or controls. */
const COOKIE_NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/**
 * Reads and validates `superset.instances`. Every error names the offending key
 * (`superset.instances[1].baseUrl is missing`) and never echoes a credential. No instances configured
 * gives an empty list: whether that is an error is the caller's decision.
 *
 * @public
 */
export function readSupersetInstances(
  config: Config,
): SupersetInstanceConfig[] {
  const entries = config.getOptionalConfigArray('superset.instances') ?? [];
  const firstIndexById = new Map<string, number>();
  return entries.map((entry, index) => {
    const key = `superset.instances[${index}]`;
    const instance = readInstance(entry, key);
    const previous = firstIndexById.get(instance.id);
    if (previous !== undefined) {
      throw new Error(
        `${key}.id '${instance.id}' is a duplicate of superset.instances[${previous}].id`,
      );
    }
    firstIndexById.set(instance.id, index);
    return instance;
  });
}

function readInstance(entry: Config, key: string): SupersetInstanceConfig {
  const id = requireString(entry, 'id', key);
  if (!ID_PATTERN.test(id)) {
    throw new Error(
      `${key}.id '${id}' must be 1-63 lowercase letters, digits or '-' (it becomes part of entity names)`,
    );
  }
  return {
    id,
    title: entry.getOptionalString('title') ?? id,
    baseUrl: readBaseUrl(entry, key),
    auth: readAuth(entry, key),
    maxConcurrency: readMaxConcurrency(entry, key),
    requestTimeoutMs:
      readOptionalDurationMs(
        entry,
        'requestTimeout',
        `${key}.requestTimeout`,
      ) ?? DEFAULT_REQUEST_TIMEOUT_MS,
    asyncQueries: readAsyncQueries(entry, key),
    maxRequestsPerSecond: readMaxRequestsPerSecond(entry, key),
  };
}

function readMaxRequestsPerSecond(entry: Config, key: string): number {
  const value =
    entry.getOptionalNumber('maxRequestsPerSecond') ??
    DEFAULT_MAX_REQUESTS_PER_SECOND;
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(
      `${key}.maxRequestsPerSecond must be a positive number, got ${value}`,
    );
  }
  return value;
}

function readAsyncQueries(
  entry: Config,
  key: string,
): SupersetAsyncQueriesConfig {
  const async = entry.getOptionalConfig('asyncQueries');
  const jwtCookieName =
    async?.getOptionalString('jwtCookieName') ?? DEFAULT_ASYNC_COOKIE_NAME;
  if (!COOKIE_NAME_PATTERN.test(jwtCookieName)) {
    throw new Error(
      `${key}.asyncQueries.jwtCookieName '${jwtCookieName}' is not a valid cookie name`,
    );
  }
  const pollIntervalMs = async
    ? readOptionalDurationMs(
        async,
        'pollInterval',
        `${key}.asyncQueries.pollInterval`,
      )
    : undefined;
  return {
    jwtCookieName,
    pollIntervalMs: pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
  };
}

function readBaseUrl(entry: Config, key: string): string {
  const raw = requireString(entry, 'baseUrl', key).trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${key}.baseUrl is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(
      `${key}.baseUrl must be an http or https URL, got '${url.protocol}'`,
    );
  }
  // Credentials belong in auth, and a URL carrying them would leak into every error message.
  if (url.username || url.password) {
    throw new Error(`${key}.baseUrl must not contain credentials`);
  }
  return raw.replace(/\/+$/, '');
}

function readAuth(entry: Config, key: string): SupersetInstanceConfig['auth'] {
  const auth = entry.getOptionalConfig('auth');
  if (!auth) {
    throw new Error(`${key}.auth is missing`);
  }
  const provider = auth.getOptionalString('provider') ?? 'db';
  if (!PROVIDERS.includes(provider as SupersetAuthProvider)) {
    throw new Error(
      `${key}.auth.provider '${provider}' must be one of ${PROVIDERS.join(
        ', ',
      )}`,
    );
  }
  return {
    provider: provider as SupersetAuthProvider,
    username: requireString(auth, 'username', `${key}.auth`),
    password: requireString(auth, 'password', `${key}.auth`),
  };
}

function readMaxConcurrency(entry: Config, key: string): number {
  const value = entry.getOptionalNumber('maxConcurrency');
  if (value === undefined) {
    return DEFAULT_MAX_CONCURRENCY;
  }
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `${key}.maxConcurrency must be an integer of at least 1, got ${value}`,
    );
  }
  return value;
}

/** The value at `name`, or an error naming `${parentKey}.${name}`; the value itself is never echoed. */
function requireString(config: Config, name: string, parentKey: string) {
  const value = config.getOptionalString(name);
  if (value === undefined || value.trim() === '') {
    throw new Error(`${parentKey}.${name} is missing`);
  }
  return value;
}

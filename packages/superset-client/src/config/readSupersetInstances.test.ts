import { ConfigReader } from '@backstage/config';
import { readSupersetInstances } from './readSupersetInstances';

const PASSWORD = 'hunter2-very-secret';

function instance(overrides: Record<string, unknown> = {}) {
  return {
    id: 'prod',
    title: 'Production',
    baseUrl: 'http://localhost:8088',
    auth: { provider: 'db', username: 'svc', password: PASSWORD },
    ...overrides,
  };
}

function read(instances: unknown[]) {
  return readSupersetInstances(
    new ConfigReader({ superset: { instances } } as any),
  );
}

/** Runs `fn`, expecting it to throw; returns the message, after checking it never leaks the password. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    const message = (error as Error).message;
    expect(message).not.toContain(PASSWORD);
    return message;
  }
  throw new Error('expected an error');
}

describe('readSupersetInstances', () => {
  it('reads a full instance', () => {
    expect(
      read([
        instance({
          baseUrl: 'https://superset.example.com/',
          auth: { provider: 'ldap', username: 'svc', password: PASSWORD },
          maxConcurrency: 4,
          requestTimeout: { seconds: 45 },
          maxRequestsPerSecond: 5,
          asyncQueries: {
            jwtCookieName: 'superset_async_jwt',
            pollInterval: { seconds: 2 },
          },
        }),
      ]),
    ).toEqual([
      {
        id: 'prod',
        title: 'Production',
        baseUrl: 'https://superset.example.com',
        auth: { provider: 'ldap', username: 'svc', password: PASSWORD },
        maxConcurrency: 4,
        requestTimeoutMs: 45_000,
        maxRequestsPerSecond: 5,
        asyncQueries: {
          jwtCookieName: 'superset_async_jwt',
          pollIntervalMs: 2_000,
        },
      },
    ]);
  });

  it('defaults the request budget to 20 a second and refuses one that is not positive', () => {
    expect(read([instance({})])[0].maxRequestsPerSecond).toBe(20);
    expect(errorOf(() => read([instance({ maxRequestsPerSecond: 0 })]))).toBe(
      'superset.instances[0].maxRequestsPerSecond must be a positive number, got 0',
    );
  });

  it("defaults async queries to Superset's cookie name and polling delay", () => {
    const [prod] = read([instance({})]);
    expect(prod.asyncQueries).toEqual({
      jwtCookieName: 'async-token',
      pollIntervalMs: 500,
    });
  });

  it('refuses an async cookie name that is no cookie name, and a poll interval that is no duration', () => {
    expect(
      errorOf(() =>
        read([instance({ asyncQueries: { jwtCookieName: 'async token;' } })]),
      ),
    ).toBe(
      "superset.instances[0].asyncQueries.jwtCookieName 'async token;' is not a valid cookie name",
    );
    expect(
      errorOf(() =>
        read([instance({ asyncQueries: { pollInterval: 'soon' } })]),
      ),
    ).toMatch(
      /^superset\.instances\[0\]\.asyncQueries\.pollInterval is not a valid duration/,
    );
  });

  it('applies defaults: title = id, provider db, maxConcurrency 2, timeout 30 s', () => {
    const [prod] = read([
      {
        id: 'prod',
        baseUrl: 'http://localhost:8088',
        auth: { username: 'svc', password: PASSWORD },
      },
    ]);
    expect(prod).toMatchObject({
      title: 'prod',
      auth: { provider: 'db' },
      maxConcurrency: 2,
      requestTimeoutMs: 30_000,
    });
  });

  it('accepts duration strings for requestTimeout', () => {
    expect(read([instance({ requestTimeout: '2m' })])[0].requestTimeoutMs).toBe(
      120_000,
    );
    expect(
      read([instance({ requestTimeout: 'PT1.5S' })])[0].requestTimeoutMs,
    ).toBe(1_500);
  });

  it('returns no instances when none are configured', () => {
    expect(readSupersetInstances(new ConfigReader({}))).toEqual([]);
  });

  it('strips every trailing slash from baseUrl', () => {
    expect(
      read([instance({ baseUrl: 'http://host:8088/superset//' })])[0].baseUrl,
    ).toBe('http://host:8088/superset');
  });

  it.each([
    [
      'a missing baseUrl',
      [instance(), instance({ id: 'stage', baseUrl: undefined })],
      'superset.instances[1].baseUrl is missing',
    ],
    [
      'a non-http baseUrl',
      [instance({ baseUrl: 'ftp://files.example.com' })],
      "superset.instances[0].baseUrl must be an http or https URL, got 'ftp:'",
    ],
    [
      'an unparseable baseUrl',
      [instance({ baseUrl: 'localhost:8088' })],
      'superset.instances[0].baseUrl must be an http or https URL',
    ],
    [
      'a baseUrl with credentials',
      [instance({ baseUrl: `http://svc:${PASSWORD}@host` })],
      'superset.instances[0].baseUrl must not contain credentials',
    ],
    [
      'a missing id',
      [instance({ id: undefined })],
      'superset.instances[0].id is missing',
    ],
    [
      'an id with capitals',
      [instance({ id: 'Prod' })],
      "superset.instances[0].id 'Prod' must be 1-63 lowercase letters, digits or '-'",
    ],
    [
      'an id with an underscore',
      [instance({ id: 'prod_eu' })],
      "superset.instances[0].id 'prod_eu' must be",
    ],
    [
      'an id longer than 63 characters',
      [instance({ id: 'a'.repeat(64) })],
      'superset.instances[0].id',
    ],
    [
      'a duplicate id',
      [instance(), instance({ id: 'stage' }), instance()],
      "superset.instances[2].id 'prod' is a duplicate of superset.instances[0].id",
    ],
    [
      'a missing auth',
      [instance({ auth: undefined })],
      'superset.instances[0].auth is missing',
    ],
    [
      'an unknown provider',
      [
        instance({
          auth: { provider: 'oauth', username: 'svc', password: PASSWORD },
        }),
      ],
      "superset.instances[0].auth.provider 'oauth' must be one of db, ldap",
    ],
    [
      'a missing username',
      [instance({ auth: { password: PASSWORD } })],
      'superset.instances[0].auth.username is missing',
    ],
    [
      'a missing password',
      [instance({ auth: { username: 'svc' } })],
      'superset.instances[0].auth.password is missing',
    ],
    [
      'maxConcurrency 0',
      [instance({ maxConcurrency: 0 })],
      'superset.instances[0].maxConcurrency must be an integer of at least 1, got 0',
    ],
    [
      'a fractional maxConcurrency',
      [instance({ maxConcurrency: 1.5 })],
      'superset.instances[0].maxConcurrency must be an integer of at least 1, got 1.5',
    ],
    [
      'an unknown duration unit',
      [instance({ requestTimeout: { fortnights: 1 } })],
      'superset.instances[0].requestTimeout is not a valid duration',
    ],
    [
      'a zero timeout',
      [instance({ requestTimeout: { seconds: 0 } })],
      'superset.instances[0].requestTimeout must be a positive duration',
    ],
  ])('rejects %s, naming the key', (_what, instances, expected) => {
    expect(errorOf(() => read(instances))).toContain(expected);
  });

  it('names the key, not the value, when the password has the wrong type', () => {
    const message = errorOf(() =>
      read([instance({ auth: { username: 'svc', password: 12345678 } })]),
    );
    expect(message).toContain('superset.instances[0].auth.password');
    expect(message).not.toContain('12345678');
  });
});

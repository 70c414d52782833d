import { api, jwtClaims, login } from '../__testUtils__/http';
import {
  fixtureIndex,
  FixtureEntry,
  readFixture,
} from '../__testUtils__/fixtures';
import {
  FixtureSimulator,
  startFixtureSimulator,
} from '../__testUtils__/fixtureSimulator';
import type { Scenario } from '../scenario/schema';

/** Fixtures of routes the simulator leaves out on purpose (see README "Not implemented"). */
const NOT_IMPLEMENTED = [
  'security_csrf_token.200.json',
  'csrf.400_missing.json',
  'chart_warm_up_cache.200.json',
  'dashboard_1_thumbnail.202.json',
  'dashboard_1_cache_dashboard_screenshot.202.json',
  'dashboard_1_cache_dashboard_screenshot.200.json',
];

/** Fixtures whose request is not fully described by index.json, or that need another scenario. */
interface Variant {
  change?: (scenario: Scenario) => void;
  method?: string;
  path?: string;
  body?: unknown;
  auth?: 'access' | 'refresh' | 'none' | 'expired' | 'malformed';
  /** Fields of the body that are random per response (ids); only their type is compared. */
  randomFields?: string[];
}

const chart = (scenario: Scenario, id: number) =>
  scenario.charts.find(c => c.id === id)!;

const VARIANTS: Record<string, Variant> = {
  'auth.401_missing_header.json': { path: '/api/v1/dashboard/', auth: 'none' },
  'auth.401_token_expired.json': {
    path: '/api/v1/dashboard/',
    auth: 'expired',
  },
  'auth.422_bad_token.json': { path: '/api/v1/dashboard/', auth: 'malformed' },
  'auth.422_refresh_token_used_as_access.json': {
    path: '/api/v1/dashboard/',
    auth: 'refresh',
  },
  'generic.403.json': {
    path: '/api/v1/dashboard/3',
    change: s => {
      s.dashboards[2].forbidden = true;
    },
  },
  'generic.404.json': { path: '/api/v1/chart/12345' },
  'dashboard_3.403.json': {
    change: s => {
      s.dashboards[2].forbidden = true;
    },
  },
  'chart_data.400_columns_missing.json': {
    change: s => {
      chart(s, 6).behaviour = 'columns-missing';
    },
  },
  'chart_data.400_no_query_context.json': {
    path: '/api/v1/chart/2/data/',
    change: s => {
      chart(s, 2).behaviour = 'no-query-context';
    },
  },
  'chart_data.403_datasource_access.json': {
    change: s => {
      chart(s, 5).behaviour = 'forbidden';
    },
  },
  'chart_data.202_async.json': {
    path: '/api/v1/chart/1/data/',
    randomFields: ['channel_id', 'job_id'],
    change: s => {
      chart(s, 1).behaviour = 'async';
    },
  },
  'chart_data_post.freshness_probe.200.json': {
    body: readFixture('chart_data_post.freshness_probe.request.json'),
  },
  'chart_data_post.400_incorrect.json': {
    body: {
      ...readFixture('chart_data_post.freshness_probe.request.json'),
      datasource: { id: 2, type: 'spreadsheet' },
    },
  },
  'security_login.200.json': {
    auth: 'none',
    body: {
      ...readFixture('security_login.request.json'),
      password: 'simulator',
    },
  },
  'security_login.401.json': {
    auth: 'none',
    body: { ...readFixture('security_login.request.json'), password: 'wrong' },
  },
  'security_login.400_missing_password.json': {
    auth: 'none',
    body: {
      username: 'svc_dashboard_validator',
      provider: 'db',
      refresh: true,
    },
  },
  'security_login.400_bad_provider.json': {
    auth: 'none',
    body: { ...readFixture('security_login.request.json'), provider: 'oauth' },
  },
  'security_refresh.200.json': { auth: 'refresh' },
};

const replayable = fixtureIndex().filter(
  entry => entry.status !== null && !NOT_IMPLEMENTED.includes(entry.file),
);

function requestPath(entry: FixtureEntry, variant: Variant): string {
  if (variant.path) {
    return variant.path;
  }
  const query =
    entry.query && entry.query.startsWith('q=') ? `?${entry.query}` : '';
  return `${entry.path}${query}`;
}

async function tokenFor(fixture: FixtureSimulator, auth: Variant['auth']) {
  const { sim, clock } = fixture;
  const tokens = await login(sim.url, { refresh: true });
  switch (auth) {
    case 'none':
      return undefined;
    case 'refresh':
      return tokens.refresh;
    case 'malformed':
      return 'not-a-jwt';
    case 'expired':
      clock.advance(901_000);
      return tokens.access;
    default:
      return tokens.access;
  }
}

const TOKEN_FIXTURES = ['security_login.200.json', 'security_refresh.200.json'];

/** What a JWT is compared by: its decoded claims' shape, not its bytes. */
function tokenShape(token: string) {
  const claims = jwtClaims(token);
  return {
    keys: Object.keys(claims),
    type: claims.type,
    fresh: claims.fresh,
    sub: claims.sub,
    lifetime: (claims.exp as number) - (claims.iat as number),
    nbfIsIat: claims.nbf === claims.iat,
  };
}

function withTokenShapes(body: Record<string, string>) {
  return Object.fromEntries(
    Object.entries(body).map(([key, token]) => [key, tokenShape(token)]),
  );
}

/** The response body in the form it is compared in. */
function comparable(file: string, body: any) {
  return TOKEN_FIXTURES.includes(file) ? withTokenShapes(body) : body;
}

/** The fixture body, with matchers where the simulator rightly differs byte-wise. */
function expectedBody(file: string, variant: Variant) {
  const expected = readFixture(file);
  if (TOKEN_FIXTURES.includes(file)) {
    return withTokenShapes(expected);
  }
  if (file === 'chart_data_post.freshness_probe.200.json') {
    // The cache key hashes the request; everything else is the fixture's.
    return {
      result: [
        {
          ...expected.result[0],
          cache_key: expect.stringMatching(/^[0-9a-f]{32}$/),
        },
      ],
    };
  }
  for (const field of variant.randomFields ?? []) {
    expected[field] = expect.any(String);
  }
  return expected;
}

describe('fixture replay', () => {
  it('covers every fixture response in index.json', () => {
    const responses = fixtureIndex().filter(e => e.status !== null);
    expect(replayable.length + NOT_IMPLEMENTED.length).toBe(responses.length);
    expect(replayable.length).toBeGreaterThanOrEqual(50);
  });

  it.each(replayable.map(e => [e.file, e] as const))(
    '%s',
    async (_file, entry) => {
      const variant = VARIANTS[entry.file] ?? {};
      const fixture = await startFixtureSimulator({ change: variant.change });
      try {
        const token = await tokenFor(fixture, variant.auth);
        const response = await api(
          fixture.sim.url,
          requestPath(entry, variant),
          {
            method:
              variant.method ?? (entry.method === '*' ? 'GET' : entry.method),
            token,
            body: variant.body,
          },
        );
        expect(response.status).toBe(entry.status);
        expect(response.contentType).toBe('application/json; charset=utf-8');
        expect(comparable(entry.file, response.body)).toEqual(
          expectedBody(entry.file, variant),
        );
      } finally {
        await fixture.sim.close();
      }
    },
  );
});

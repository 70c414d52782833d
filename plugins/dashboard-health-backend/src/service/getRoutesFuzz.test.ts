import { mockCredentials } from '@backstage/backend-test-utils';
import fc from 'fast-check';
import request from 'supertest';
import { startPluginBackend } from '../__testUtils__/testBackend';
import {
  GET_ROUTES,
  GetRoute,
  QueryParameter,
  queryString,
  Seeded,
} from './__testUtils__/getRoutes';
import {
  anyOccurrences,
  anyValue,
  asCursor,
  Occurrences,
  withNul,
} from './__testUtils__/occurrences';

jest.setTimeout(120_000);

const api = '/api/dashboard-health';
const withQuery = GET_ROUTES.filter(
  route => !route.byId || Object.keys(route.query).length > 0,
);
const byId = GET_ROUTES.filter(route => route.byId);

/** A route by name, so that fast-check reports a failing case as a readable URL. */
type Case = { route: string; query: Record<string, Occurrences> };
const routeNamed = (name: string) => GET_ROUTES.find(r => r.name === name)!;
const names = (routes: GetRoute[]) => routes.map(r => r.name);

const validOrAbsent = (parameter: QueryParameter) =>
  parameter.required
    ? parameter.valid
    : fc.oneof(fc.constant<Occurrences>([]), parameter.valid);

function validQuery(route: GetRoute) {
  return fc.record(
    Object.fromEntries(
      Object.entries(route.query).map(([name, p]) => [name, validOrAbsent(p)]),
    ),
  );
}

const validCase: fc.Arbitrary<Case> = fc
  .constantFrom(...names(withQuery))
  .chain(route =>
    validQuery(routeNamed(route)).map(query => ({ route, query })),
  );

/** Exactly one parameter bad (its own invalid values, NUL, or left out when required), the rest valid. */
const invalidCase: fc.Arbitrary<Case> = fc
  .constantFrom(
    ...names(withQuery.filter(r => Object.keys(r.query).length > 0)),
  )
  .chain(route =>
    fc
      .tuple(
        fc.constantFrom(...Object.keys(routeNamed(route).query)),
        validQuery(routeNamed(route)),
      )
      .chain(([name, query]) => {
        const parameter = routeNamed(route).query[name];
        const bad = parameter.required
          ? fc.oneof(parameter.invalid, withNul, fc.constant<Occurrences>([]))
          : fc.oneof(parameter.invalid, withNul);
        return bad.map(value => ({
          route,
          query: { ...query, [name]: value },
        }));
      }),
  );

/** Whatever: every known parameter and a few unknown ones get any text, numbers, JSON or broken escapes. */
const anythingCase: fc.Arbitrary<Case> = fc
  .constantFrom(...names(withQuery))
  .chain(route =>
    fc
      .tuple(
        fc.record(
          Object.fromEntries(
            Object.keys(routeNamed(route).query).map(name => [
              name,
              anyOccurrences,
            ]),
          ),
        ),
        fc.dictionary(
          fc.constantFrom('q', 'offset', 'sort', 'entityRef[]', 'limit[x]'),
          anyOccurrences,
          { maxKeys: 2 },
        ),
      )
      .map(([known, unknown]) => ({
        route,
        query: { ...unknown, ...known },
      })),
  );

const idCase = fc.record({
  route: fc.constantFrom(...names(byId)),
  id: fc.oneof(
    anyValue
      // '', '.' and '..' are no id segment: the URL would name another route.
      .filter(id => id !== '' && id !== '.' && id !== '..')
      .map(id => ({
        encoded: encodeURIComponent(id),
        bad: id.includes('\0'),
      })),
    // Sent as they are: escapes that decode to no text at all.
    fc
      .constantFrom('%E0%A4%A', '%C0%80', '%FF', '%zz')
      .map(raw => ({ encoded: raw, bad: true })),
  ),
});

describe('every GET route with generated query parameters and ids', () => {
  let server: Awaited<ReturnType<typeof startPluginBackend>>;
  let seeded: Seeded;
  const reached = new Set<string>();

  beforeAll(async () => {
    server = await startPluginBackend();
    const policy = await request(server)
      .post(`${api}/policies`)
      .set('Authorization', mockCredentials.user.header())
      .send({
        name: 'Fuzzed',
        environment: 'prod',
        entityRefs: ['resource:default/dash-1', 'resource:default/dash-2'],
        window: { start: '01:00', end: '05:00', timezone: 'UTC' },
      });
    if (policy.status !== 201) {
      throw new Error(
        `Seeding a policy failed: ${JSON.stringify(policy.body)}`,
      );
    }
    seeded = { policyId: policy.body.id };
  });

  async function get(route: string, path: string) {
    const res = await request(server)
      .get(`${api}${path}`)
      .set('Authorization', mockCredentials.user.header());
    reached.add(route);
    return res;
  }

  const pathOf = ({ route, query }: Case) =>
    `${routeNamed(route).path(seeded)}${queryString(query)}`;

  it.each([
    '/runs?cursor=',
    '/records?entityRef=resource:default/dash-1&cursor=',
  ])(
    'refuses a cursor that is JSON but not a key this API handed out: %s["abc","x"]',
    async path => {
      const res = await get(
        path.startsWith('/runs') ? 'GET /runs' : 'GET /records',
        `${path}${asCursor(['abc', 'x'])}`,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.message).toBe(
        'Invalid query: cursor: is not a cursor this API handed out',
      );
    },
  );

  it('answers 200 when every parameter is valid or left out (100 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(validCase, async c => {
        const res = await get(c.route, pathOf(c));
        expect(res.status).toBe(200);
      }),
      { numRuns: 100 },
    );
  });

  it('answers 400 with a message when one parameter is bad (200 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(invalidCase, async c => {
        const res = await get(c.route, pathOf(c));
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(/^Invalid (query|request)/);
      }),
      { numRuns: 200 },
    );
  });

  it('never answers 5xx, whatever the parameters (150 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(anythingCase, async c => {
        const res = await get(c.route, pathOf(c));
        // fast-check reports the case (route and query) that broke this.
        expect([200, 400, 404]).toContain(res.status);
      }),
      { numRuns: 150 },
    );
  });

  it('answers 404 for unknown ids and 400 for ids with NUL or broken escapes (60 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(idCase, async ({ route, id }) => {
        const res = await get(
          route,
          routeNamed(route).path(seeded, id.encoded),
        );
        expect({ id: id.encoded, status: res.status }).toEqual({
          id: id.encoded,
          status: id.bad ? 400 : 404,
        });
      }),
      { numRuns: 60 },
    );
  });

  it('reached every GET route of the router', () => {
    expect([...reached].sort()).toEqual(GET_ROUTES.map(r => r.name).sort());
  });
});

import { mockCredentials } from '@backstage/backend-test-utils';
import fc from 'fast-check';
import { IANAZone } from 'luxon';
import request from 'supertest';
import { startPluginBackend } from '../__testUtils__/testBackend';

const valid = {
  name: 'Nightly prod',
  environment: 'prod',
  entityRefs: ['resource:default/dash-1', 'resource:default/dash-2'],
  window: { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' },
};

const notTime = fc.oneof(
  fc.string().filter(s => !/^([01]\d|2[0-3]):[0-5]\d$/.test(s)),
  fc.integer(),
  fc.constant(null),
);
const notZone = fc.oneof(
  fc.string().filter(s => !IANAZone.isValidZone(s)),
  fc.integer(),
);

/** Each mutation alone makes the body invalid; fast-check combines one to three of them. */
const mutations: Array<fc.Arbitrary<(body: any) => unknown>> = [
  fc
    .oneof(
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.array(fc.anything()),
    )
    .map(v => () => v),
  fc
    .oneof(
      fc.constant(''),
      fc.constant('   '),
      fc.integer(),
      fc.string({ minLength: 201, maxLength: 300 }),
    )
    .map(v => (b: any) => ({ ...b, name: v })),
  fc
    .string()
    .filter(s => !['prod', 'staging'].includes(s.trim()))
    .map(v => (b: any) => ({ ...b, environment: v })),
  fc
    .oneof(
      fc.constant([]),
      fc.array(
        fc.string().filter(s => !s.includes(':') || !s.includes('/')),
        { minLength: 1, maxLength: 3 },
      ),
      fc.constant(['resource:default/dash-1', 'resource:default/dash-1']),
      fc.array(fc.integer(), { minLength: 1 }),
      fc.constant(['resource:default/unknown-dashboard']),
      fc.constant('resource:default/dash-1'),
    )
    .map(v => (b: any) => ({ ...b, entityRefs: v })),
  notTime.map(v => (b: any) => ({ ...b, window: { ...b.window, start: v } })),
  notTime.map(v => (b: any) => ({ ...b, window: { ...b.window, end: v } })),
  notZone.map(v => (b: any) => ({
    ...b,
    window: { ...b.window, timezone: v },
  })),
  fc
    .oneof(
      fc.constant([]),
      fc.array(
        fc
          .string()
          .filter(
            s => !['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].includes(s),
          ),
        { minLength: 1 },
      ),
      fc.constant(['mon', 'mon']),
    )
    .map(v => (b: any) => ({ ...b, window: { ...b.window, days: v } })),
  fc
    .oneof(fc.string(), fc.integer(), fc.constant(null))
    .map(v => (b: any) => ({ ...b, window: v })),
  fc
    .oneof(fc.string(), fc.integer())
    .map(v => (b: any) => ({ ...b, enabled: v })),
  fc
    .oneof(
      fc.integer({ max: 0 }),
      fc.integer({ min: 101 }),
      fc.double({ min: 1.1, max: 1.9 }),
      fc.string(),
    )
    .map(v => (b: any) => ({ ...b, maxConcurrency: v })),
  fc.constant((b: any) => ({ ...b, entityRefs: undefined })),
  fc
    .oneof(
      fc.constant({}),
      fc.constant({ tags: [] }),
      fc.constant({ owners: ['not a ref'] }),
    )
    .map(v => (b: any) => ({ ...b, selector: v })),
];

describe('POST /policies with generated malformed bodies', () => {
  it('answers 400, never 500 or 2xx, for 250 of them', async () => {
    const server = await startPluginBackend();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(...mutations), { minLength: 1, maxLength: 3 }),
        async changes => {
          const body = changes.reduce(
            (b: any, change) =>
              b !== null && typeof b === 'object' && !Array.isArray(b)
                ? change(b)
                : b,
            valid,
          );
          const res = await request(server)
            .post('/api/dashboard-health/policies')
            .set('Authorization', mockCredentials.user.header())
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body));
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect(res.status).toBe(400);
          expect(typeof res.body.error.message).toBe('string');
        },
      ),
      { numRuns: 250 },
    );
    expect(statuses.get(400)).toBe(250);
    const list = await request(server)
      .get('/api/dashboard-health/policies')
      .set('Authorization', mockCredentials.user.header());
    expect(list.body.items).toEqual([]);
    // 250 HTTP round trips through the OpenAPI validator and zod: seconds on a busy 2-core machine.
  }, 60_000);
});

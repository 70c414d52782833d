import { mockCredentials } from '@backstage/backend-test-utils';
import { DateTime } from 'luxon';
import request from 'supertest';
import { startPluginBackend } from '../__testUtils__/testBackend';

// A test backend starts slowly on a busy machine.
jest.setTimeout(30_000);

type Server = Awaited<ReturnType<typeof startPluginBackend>>;

const user = mockCredentials.user.header('user:default/ana');
const refs = (n: number) =>
  Array.from({ length: n }, (_, i) => `resource:default/dash-${i}`);
// Wall clock here: a window opening 6 h from now is never open while the test runs.
const opens = DateTime.utc().plus({ hours: 6 }).startOf('hour');
const windowOf = (minutes: number) => ({
  start: opens.toFormat('HH:mm'),
  end: opens.plus({ minutes }).toFormat('HH:mm'),
  timezone: 'UTC',
});
const api = '/api/dashboard-health';

describe('capacity forecast, weighted spacing and "Validate now" over HTTP', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startPluginBackend();
  });
  const post = (path: string, body: unknown = {}) =>
    request(server)
      .post(`${api}${path}`)
      .set('Authorization', user)
      .send(body as object);
  const get = (path: string) =>
    request(server).get(`${api}${path}`).set('Authorization', user);

  it('previews with a forecast when given the environment; 400 names a bad one', async () => {
    const body = { window: windowOf(240), entityRefs: refs(20) };
    const plain = await post('/plan/preview', body);
    expect(plain.status).toBe(200);
    expect(plain.body.spacing).toBe('even');
    expect(plain.body.forecast).toBeUndefined();

    const withForecast = await post('/plan/preview', {
      ...body,
      environment: 'prod',
      maxConcurrency: 1,
      spacing: 'weighted',
    });
    expect(withForecast.status).toBe(200);
    expect(withForecast.body.spacing).toBe('weighted');
    expect(withForecast.body.slots).toHaveLength(20);
    // Never-run dashboards take the default 60 s: 1,200 s of a 4 h window at cap 1.
    expect(withForecast.body.forecast).toMatchObject({
      busySeconds: 1200,
      capacitySeconds: 14_400,
      fits: true,
      expectedMissed: 0,
      peakConcurrency: 1,
      basis: { history: 0, default: 20 },
      cap: 1,
      instanceCap: 2,
      policyCap: 1,
    });

    const bad = await post('/plan/preview', { ...body, environment: 'nope' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/environment: 'nope'/);
    const badSpacing = await post('/plan/preview', { ...body, spacing: 'x' });
    expect(badSpacing.status).toBe(400);
    expect(badSpacing.body.error.message).toMatch(/spacing:/);
  });

  it('saves a policy that does not fit beside the others, answering with the forecast as a warning', async () => {
    const policy = (name: string) => ({
      name,
      environment: 'prod',
      entityRefs: refs(20),
      window: windowOf(20),
    });
    const first = await post('/policies', policy('First'));
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ spacing: 'even', warning: null });
    expect(first.body.forecast).toMatchObject({ fits: true, sharedWith: [] });

    await post('/policies', policy('Second'));
    // Two policies of 20 × 60 s already fill both lanes of the 20-minute window.
    const third = await post('/policies', {
      ...policy('Third'),
      spacing: 'weighted',
    });
    expect(third.status).toBe(201);
    expect(third.body.spacing).toBe('weighted');
    expect(third.body.forecast).toMatchObject({
      fits: false,
      capacitySeconds: 0,
      expectedMissed: 20,
      otherPoliciesSeconds: 2400,
      neededSeconds: null,
    });
    expect(third.body.forecast.sharedWith).toHaveLength(2);
    expect(third.body.warning).toMatch(
      /^does not fit: 20 dashboards × ~60 s at cap 2 \(sharing the instance with 2 other policies\)/,
    );

    const plan = await get(`/policies/${third.body.id}/plan`);
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({
      spacing: 'weighted',
      cap: { instance: 2, policy: null, effective: 2 },
      forecast: { fits: false, expectedMissed: 20 },
      validateNow: null,
    });
    expect(plan.body.slots[0]).toMatchObject({
      status: 'planned',
      trigger: 'schedule',
      outcome: null,
      recordId: null,
      expectedSeconds: 60,
    });
  });

  it('"Validate now" spreads every dashboard of a policy over a short window from now', async () => {
    const created = await post('/policies', {
      name: 'Now',
      environment: 'staging',
      entityRefs: ['resource:default/st-5'],
      window: windowOf(240),
    });
    const before = Date.now();
    const now = await post(`/policies/${created.body.id}/validate-now`);
    expect(now.status).toBe(202);
    expect(now.body).toMatchObject({
      policyId: created.body.id,
      spacing: 'weighted',
      forecast: { dashboards: 1, fits: true },
    });
    expect(now.body.slots).toEqual([
      expect.objectContaining({
        entityRef: 'resource:default/st-5',
        trigger: 'manual',
        runId: expect.stringMatching(/^run-/),
      }),
    ]);
    const start = Date.parse(now.body.windowStart);
    expect(start).toBeGreaterThanOrEqual(before - 1000);
    // One dashboard of ~60 s: the one-minute minimum spread.
    expect(Date.parse(now.body.windowEnd) - start).toBe(60_000);

    const plan = await get(`/policies/${created.body.id}/plan`);
    expect(plan.body.validateNow.slots.map((s: any) => s.runId)).toEqual([
      now.body.slots[0].runId,
    ]);

    const spread = await post(`/policies/${created.body.id}/validate-now`);
    expect(spread.status).toBe(202);
    expect((await post('/policies/nope/validate-now')).status).toBe(404);
  });

  it('spreads twenty dashboards, first now, under the one-hour maximum', async () => {
    const created = await post('/policies', {
      name: 'Twenty',
      environment: 'prod',
      entityRefs: refs(20),
      window: windowOf(240),
      maxConcurrency: 1,
    });
    const now = await post(`/policies/${created.body.id}/validate-now`);
    expect(now.status).toBe(202);
    const times = now.body.slots.map((s: any) => Date.parse(s.plannedAt));
    expect(times[0]).toBe(Date.parse(now.body.windowStart));
    // 20 × 60 s at cap 1 with 25 % slack: 25 minutes; slots at least 60 s apart (minSpacingSeconds).
    expect(Date.parse(now.body.windowEnd) - times[0]).toBe(25 * 60_000);
    for (let i = 1; i < times.length; i++) {
      expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(60_000);
    }
  });
});

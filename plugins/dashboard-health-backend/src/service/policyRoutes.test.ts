import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { DateTime } from 'luxon';
import request from 'supertest';
import { startPluginBackend } from '../__testUtils__/testBackend';

type Server = Awaited<ReturnType<typeof startPluginBackend>>;

const user = mockCredentials.user.header('user:default/ana');
const refs = (n: number) =>
  Array.from({ length: n }, (_, i) => `resource:default/dash-${i}`);
// The plugin runs on the wall clock here: a 4 h window that opens 6 to 7 hours from now is never open while
// the test runs, so its plan spans the whole window whatever the time of day.
const opens = DateTime.utc().plus({ hours: 6 }).startOf('hour');
const validPolicy = {
  name: 'Nightly prod',
  environment: 'prod',
  entityRefs: refs(15),
  window: {
    start: opens.toFormat('HH:mm'),
    end: opens.plus({ hours: 4 }).toFormat('HH:mm'),
    timezone: 'UTC',
  },
};

describe('/policies', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startPluginBackend();
  });

  const post = (body: unknown) =>
    request(server)
      .post('/api/dashboard-health/policies')
      .set('Authorization', user)
      .send(body as object);

  it('answers 401 without credentials', async () => {
    expect(
      (await request(server).get('/api/dashboard-health/policies')).status,
    ).toBe(401);
    expect(
      (
        await request(server)
          .post('/api/dashboard-health/policies')
          .send(validPolicy)
      ).status,
    ).toBe(401);
  });

  it('creates, reads, lists, replaces and deletes a policy, planning and cancelling its runs', async () => {
    const created = await post(validPolicy);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      ...validPolicy,
      enabled: true,
      id: expect.stringMatching(/^pol-/),
      createdAt: expect.any(String),
    });
    const id = created.body.id;

    const got = await request(server)
      .get(`/api/dashboard-health/policies/${id}`)
      .set('Authorization', user);
    // A write also answers the forecast (and a warning when it does not fit); a read is the policy alone.
    const { forecast, warning, ...stored } = created.body;
    expect(forecast).toMatchObject({ fits: true, dashboards: 15 });
    expect(warning).toBeNull();
    expect(got.body).toEqual(stored);
    const list = await request(server)
      .get('/api/dashboard-health/policies')
      .set('Authorization', user);
    expect(list.body.items.map((p: any) => p.id)).toContain(id);

    const plan = await request(server)
      .get(`/api/dashboard-health/policies/${id}/plan`)
      .set('Authorization', user);
    expect(plan.status).toBe(200);
    expect(plan.body.planned).toBe(true);
    expect(plan.body.slots).toHaveLength(15);
    expect(plan.body.slots.every((s: any) => s.status === 'planned')).toBe(
      true,
    );
    // 15 dashboards in 4 h: one every 16 minutes.
    const times = plan.body.slots.map((s: any) => Date.parse(s.plannedAt));
    expect(times[1] - times[0]).toBe(16 * 60_000);

    const replaced = await request(server)
      .put(`/api/dashboard-health/policies/${id}`)
      .set('Authorization', user)
      .send({ ...validPolicy, entityRefs: refs(5), name: 'Nightly prod (5)' });
    expect(replaced.status).toBe(200);
    expect(replaced.body.name).toBe('Nightly prod (5)');
    const replanned = await request(server)
      .get(`/api/dashboard-health/policies/${id}/plan?date=${plan.body.date}`)
      .set('Authorization', user);
    expect(
      replanned.body.slots.filter((s: any) => s.status === 'planned'),
    ).toHaveLength(5);
    expect(
      replanned.body.slots.filter((s: any) => s.status === 'cancelled'),
    ).toHaveLength(10);

    const deleted = await request(server)
      .delete(`/api/dashboard-health/policies/${id}`)
      .set('Authorization', user);
    expect(deleted.status).toBe(204);
    expect(
      (
        await request(server)
          .get(`/api/dashboard-health/policies/${id}`)
          .set('Authorization', user)
      ).status,
    ).toBe(404);
  });

  it('answers 404 for unknown policies', async () => {
    for (const req of [
      request(server).get('/api/dashboard-health/policies/nope'),
      request(server)
        .put('/api/dashboard-health/policies/nope')
        .send(validPolicy),
      request(server).delete('/api/dashboard-health/policies/nope'),
      request(server).get('/api/dashboard-health/policies/nope/plan'),
    ]) {
      const res = await req.set('Authorization', user);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe("No policy with id 'nope'");
    }
  });

  it.each([
    [
      { environment: 'qa' },
      "environment: 'qa' is not a configured Superset instance (configured: prod, staging)",
    ],
    [
      {
        entityRefs: [
          'resource:default/dash-1',
          'component:default/not-a-dashboard',
          'resource:default/ghost',
          'resource:default/st-5',
        ],
      },
      "entityRefs: 3 are not dashboards of environment 'prod': component:default/not-a-dashboard (not a Superset dashboard), resource:default/ghost (not in the catalog), resource:default/st-5 (a dashboard of another environment)",
    ],
    [
      { entityRefs: ['resource:default/dash-1', 'Resource:default/DASH-1'] },
      'entityRefs: must not list a dashboard twice: resource:default/dash-1',
    ],
    [{ entityRefs: [] }, 'entityRefs: must list at least one dashboard'],
    [
      { entityRefs: refs(10_001) },
      'entityRefs: must list at most 10000 dashboards',
    ],
    [
      { entityRefs: ['not a ref'] },
      "entityRefs.0: 'not a ref' is not an entity ref",
    ],
    [
      { window: { ...validPolicy.window, timezone: 'Mars/Base' } },
      'window.timezone: is not a known IANA time zone',
    ],
    [
      { window: { ...validPolicy.window, end: '25:00' } },
      'window.end: must be a time of day as HH:mm',
    ],
    [
      { window: { start: '01:00', end: '01:00', timezone: 'UTC' } },
      'window.end: start and end must differ',
    ],
    [
      { window: { start: '01:00', end: '01:00:05', timezone: 'UTC' } },
      'window.end',
    ],
    [{ name: '  ' }, 'name: must not be empty'],
    [{ maxConcurrency: 0 }, 'maxConcurrency'],
    [{ enabled: 'yes' }, 'enabled'],
    [
      { entityRefs: undefined },
      'entityRefs: a policy needs entityRefs, a selector, or both',
    ],
  ])(
    'rejects a bad body with 400 naming the field: %#',
    async (change, message) => {
      const res = await post({ ...validPolicy, ...change });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('InputError');
      expect(res.body.error.message).toContain(message);
    },
  );

  it('rejects a window too short for its dashboards, with the planner rule', async () => {
    // The test backend asks for a minute between slots: 15 dashboards do not fit into 10 minutes.
    const res = await post({
      ...validPolicy,
      window: { start: '01:00', end: '01:10', timezone: 'UTC' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /^Invalid request body: entityRefs: 15 dashboards do not fit into 10 min on/,
    );
  });

  it('stores nothing when a body is rejected', async () => {
    const before = await request(server)
      .get('/api/dashboard-health/policies')
      .set('Authorization', user);
    await post({ ...validPolicy, environment: 'qa' });
    const after = await request(server)
      .get('/api/dashboard-health/policies')
      .set('Authorization', user);
    expect(after.body.items).toHaveLength(before.body.items.length);
  });
});

describe('/policies without the policy permissions', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startPluginBackend({ permission: AuthorizeResult.DENY });
  });

  it('answers 403 to create, update and delete, and still lets the user read', async () => {
    const denied = [
      request(server).post('/api/dashboard-health/policies').send(validPolicy),
      request(server)
        .put('/api/dashboard-health/policies/any')
        .send(validPolicy),
      request(server).delete('/api/dashboard-health/policies/any'),
    ];
    const names = [];
    for (const req of denied) {
      const res = await req.set('Authorization', user);
      expect(res.status).toBe(403);
      names.push(res.body.error.message);
    }
    expect(names).toEqual([
      'Not allowed: dashboard-health.policy.create',
      'Not allowed: dashboard-health.policy.update',
      'Not allowed: dashboard-health.policy.delete',
    ]);
    expect(
      (
        await request(server)
          .get('/api/dashboard-health/policies')
          .set('Authorization', user)
      ).status,
    ).toBe(200);
  });
});

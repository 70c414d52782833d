import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import { ownedDashboard, people } from './__testUtils__/people';
import { quietWindow } from './__testUtils__/quietWindow';
import { startPortal } from './__testUtils__/startPortal';

const api = '/api/dashboard-health';
const callers = {
  owner: mockCredentials.user.header(people.owner.userEntityRef),
  otherTeam: mockCredentials.user.header(people.otherTeam.userEntityRef),
  admin: mockCredentials.user.header(people.admin.userEntityRef),
  service: mockCredentials.service.header(),
};
type Caller = keyof typeof callers;

const DASHBOARD = 'resource:default/sales-overview';
const marketingDashboard: Entity = {
  ...ownedDashboard,
  metadata: { ...ownedDashboard.metadata, name: 'campaigns' },
  spec: { type: 'dashboard', owner: 'group:default/marketing-analytics' },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/marketing-analytics' },
  ],
};

const policyBody = {
  name: 'Nightly prod',
  environment: 'prod',
  entityRefs: [DASHBOARD],
  window: quietWindow(),
};

/**
 * The production policy through the plugin's routes, with the real permission backend resolving Run now's
 * conditional decision against the dashboard's owner relation.
 */
describe('owners-and-admins through the Dashboard Health routes', () => {
  let server: Awaited<ReturnType<typeof startPortal>>;
  beforeAll(async () => {
    server = await startPortal([ownedDashboard, marketingDashboard]);
  });

  const as = (caller: Caller) => ({
    get: (path: string) =>
      request(server)
        .get(`${api}${path}`)
        .set('Authorization', callers[caller]),
    post: (path: string, body: object) =>
      request(server)
        .post(`${api}${path}`)
        .set('Authorization', callers[caller])
        .send(body),
    put: (path: string, body: object) =>
      request(server)
        .put(`${api}${path}`)
        .set('Authorization', callers[caller])
        .send(body),
    delete: (path: string) =>
      request(server)
        .delete(`${api}${path}`)
        .set('Authorization', callers[caller]),
  });

  const refused = {
    error: { message: 'Not allowed: dashboard-health.run.create' },
  };
  const queued = { entityRef: DASHBOARD, status: 'planned' };
  it.each([
    ['owner', 202, queued],
    ['otherTeam', 403, refused],
    ['admin', 202, queued],
    ['service', 202, queued],
  ] as const)(
    'Run now on data-platform’s dashboard: %s → %i',
    async (caller, status, answer) => {
      const res = await as(caller).post('/runs', { entityRef: DASHBOARD });
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject(answer);
    },
  );

  it('Run now follows ownership per dashboard: the other team may run its own', async () => {
    const campaigns = 'resource:default/campaigns';
    expect(
      (await as('otherTeam').post('/runs', { entityRef: campaigns })).status,
    ).toBe(202);
    expect(
      (await as('owner').post('/runs', { entityRef: campaigns })).status,
    ).toBe(403);
  });

  it.each([
    ['owner', 403],
    ['otherTeam', 403],
    ['admin', 201],
    ['service', 201],
  ] as const)('creating a policy: %s → %i', async (caller, status) => {
    const res = await as(caller).post('/policies', policyBody);
    expect(res.status).toBe(status);
  });

  it('lets only the admin group (and services) replace and delete a policy; everyone reads it', async () => {
    const created = await as('admin').post('/policies', policyBody);
    expect(created.status).toBe(201);
    const path = `/policies/${created.body.id}`;
    const renamed = { ...policyBody, name: 'Renamed' };

    for (const caller of ['owner', 'otherTeam'] as const) {
      expect((await as(caller).put(path, renamed)).status).toBe(403);
      expect((await as(caller).delete(path)).status).toBe(403);
      const read = await as(caller).get(path);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ name: 'Nightly prod' });
    }
    expect((await as('admin').put(path, renamed)).body).toMatchObject({
      name: 'Renamed',
      hiddenDashboardCount: 0,
    });
    expect((await as('service').put(path, policyBody)).status).toBe(200);
    expect((await as('admin').delete(path)).status).toBe(204);
    expect((await as('owner').get(path)).status).toBe(404);
  });
});

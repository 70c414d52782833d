import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { OUTSIDER, startPluginBackend } from '../__testUtils__/testBackend';

const ana = mockCredentials.user.header('user:default/ana');
const outsider = mockCredentials.user.header(OUTSIDER);
const api = '/api/dashboard-health';
const ref = (name: string) => `resource:default/${name}`;
// A window that opens 6 h from now is never open while the test runs.
const hourFromNow = (hours: number) =>
  `${String(new Date(Date.now() + hours * 3600_000).getUTCHours()).padStart(
    2,
    '0',
  )}:00`;
const body = (fields: object) => ({
  name: 'Nightly prod',
  environment: 'prod',
  window: { start: hourFromNow(6), end: hourFromNow(10), timezone: 'UTC' },
  ...fields,
});

/** Policies show and accept only what the caller may see in the catalog; the outsider cannot see `secret-1`. */
describe('/policies follow the catalog', () => {
  let server: Awaited<ReturnType<typeof startPluginBackend>>;
  let created: request.Response;
  let id: string;
  beforeAll(async () => {
    server = await startPluginBackend();
    created = await request(server)
      .post(`${api}/policies`)
      .set('Authorization', ana)
      .send(body({ entityRefs: [ref('dash-1'), ref('secret-1')] }));
    id = created.body.id;
  });

  it('shows a writer who sees every dashboard all of them', () => {
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      entityRefs: [ref('dash-1'), ref('secret-1')],
      hiddenDashboardCount: 0,
    });
  });

  it('counts the dashboards a reader cannot see instead of naming them', async () => {
    const one = await request(server)
      .get(`${api}/policies/${id}`)
      .set('Authorization', outsider);
    expect(one.body).toMatchObject({
      entityRefs: [ref('dash-1')],
      hiddenDashboardCount: 1,
    });
    const list = await request(server)
      .get(`${api}/policies`)
      .set('Authorization', outsider);
    expect(list.body.items.find((p: any) => p.id === id)).toEqual(one.body);
    expect(JSON.stringify(list.body)).not.toContain('secret-1');
  });

  it('reports a hidden dashboard exactly like one that does not exist', async () => {
    const post = (name: string) =>
      request(server)
        .post(`${api}/policies`)
        .set('Authorization', outsider)
        .send(body({ entityRefs: [ref(name)] }));
    const hidden = await post('secret-1');
    const missing = await post('no-such-1');
    expect(hidden.status).toBe(400);
    expect(hidden.body.error.message).toBe(
      missing.body.error.message.replace('no-such-1', 'secret-1'),
    );
    expect(hidden.body.error.message).toContain(
      'entityRefs: 1 are not dashboards',
    );
  });

  it('matches a selector with the writer’s credentials', async () => {
    const finance = body({ selector: { tags: ['finance'] } });
    const refused = await request(server)
      .post(`${api}/policies`)
      .set('Authorization', outsider)
      .send(finance);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe(
      'Invalid request body: selector: matches no dashboards and entityRefs is empty',
    );
    const accepted = await request(server)
      .post(`${api}/policies`)
      .set('Authorization', ana)
      .send(finance);
    expect(accepted.status).toBe(201);
  });

  it('keeps the dashboards a replacing writer cannot see', async () => {
    const put = await request(server)
      .put(`${api}/policies/${id}`)
      .set('Authorization', outsider)
      .send(body({ name: 'Renamed', entityRefs: [ref('dash-2')] }));
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      name: 'Renamed',
      entityRefs: [ref('dash-2')],
      hiddenDashboardCount: 1,
    });
    const seenByAna = await request(server)
      .get(`${api}/policies/${id}`)
      .set('Authorization', ana);
    expect(seenByAna.body.entityRefs).toEqual([ref('dash-2'), ref('secret-1')]);
  });
});

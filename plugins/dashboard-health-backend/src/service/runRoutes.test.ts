import { mockCredentials } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  fixtureScenario,
  RunningSupersetSimulator,
  startSupersetSimulator,
} from '@internal/superset-simulator';
import { OUTSIDER, startPluginBackend } from '../__testUtils__/testBackend';

jest.setTimeout(30_000);

type Server = Awaited<ReturnType<typeof startPluginBackend>>;

const ana = mockCredentials.user.header('user:default/ana');
const outsider = mockCredentials.user.header(OUTSIDER);
const api = '/api/dashboard-health';

async function until<T>(
  fn: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 2_000,
) {
  for (let i = 0; i < timeoutMs / 20; i++) {
    const value = await fn();
    if (done(value)) return value;
    await new Promise(resolve => setTimeout(resolve, 20));
  }
  throw new Error('condition not reached');
}

describe('/runs, /health and /records', () => {
  let server: Server;
  let superset: RunningSupersetSimulator;
  beforeAll(async () => {
    // The backend checks freshness against the real clock, so the simulator's relative ages must use it too.
    superset = await startSupersetSimulator({
      scenario: fixtureScenario(),
      clock: { now: () => new Date() },
    });
    server = await startPluginBackend({ supersetUrl: superset.url });
  });
  afterAll(() => superset.close());

  it('starts a manual run: 202 with the run, then the record arrives', async () => {
    const res = await request(server)
      .post(`${api}/runs`)
      .set('Authorization', ana)
      .send({ entityRef: 'resource:default/dash-3' });
    expect(res.status).toBe(202);
    expect(res.body).toMatchObject({
      entityRef: 'resource:default/dash-3',
      environment: 'prod',
      trigger: 'manual',
      policyId: null,
      requestedBy: 'user:default/ana',
    });
    // The real engine validates the fixture's "Marketing Spend (WIP)": its Paid Social chart is empty.
    const run = await until(
      async () =>
        (
          await request(server)
            .get(`${api}/runs/${res.body.id}`)
            .set('Authorization', ana)
        ).body,
      body => body.status !== 'planned' && body.status !== 'running',
    );
    expect(run).toMatchObject({
      status: 'succeeded',
      attempt: 1,
      reason: null,
    });
    const record = await request(server)
      .get(`${api}/records/${run.recordId}`)
      .set('Authorization', ana);
    expect(record.body).toMatchObject({
      id: run.recordId,
      runId: run.id,
      entityRef: 'resource:default/dash-3',
      status: 'warn',
      issues: [expect.objectContaining({ code: 'chart-no-data', chartId: 8 })],
    });
    const history = await request(server)
      .get(`${api}/records?entityRef=resource:default/dash-3`)
      .set('Authorization', ana);
    expect(history.body.items.map((r: any) => r.id)).toEqual([run.recordId]);
    const list = await request(server)
      .get(`${api}/runs?entityRef=resource:default/dash-3`)
      .set('Authorization', ana);
    expect(list.body.items.map((r: any) => r.id)).toEqual([res.body.id]);
  });

  it('records an unreachable Superset on the run instead of failing the backend', async () => {
    // The staging instance of the test backend points at a port nothing listens on.
    const res = await request(server)
      .post(`${api}/runs`)
      .set('Authorization', ana)
      .send({ entityRef: 'resource:default/st-5' });
    expect(res.status).toBe(202);
    const run = await until(
      async () =>
        (
          await request(server)
            .get(`${api}/runs/${res.body.id}`)
            .set('Authorization', ana)
        ).body,
      body => body.status !== 'planned' && body.status !== 'running',
      // The client retries a refused connection with back-off before it gives up.
      20_000,
    );
    expect(run.status).toBe('error');
    expect(run.reason).toMatch(
      /^Superset could not be asked about the dashboard: Superset staging: /,
    );
    expect(run.recordId).toEqual(expect.any(String));
  });

  it('answers the health of many dashboards in one call, leaving out what the caller cannot see', async () => {
    const refs = [
      'resource:default/dash-3',
      'resource:default/dash-9',
      'resource:default/secret-1',
    ];
    const res = await request(server)
      .post(`${api}/health/batch`)
      .set('Authorization', outsider)
      .send({ entityRefs: refs });
    expect(res.status).toBe(200);
    // dash-3 was validated by the manual run above; dash-9 never was; secret-1 is hidden from the outsider.
    expect(res.body.items).toEqual([
      expect.objectContaining({
        entityRef: 'resource:default/dash-3',
        status: 'warn',
        issueCounts: { critical: 0, warning: 1, info: 0 },
        topIssue: expect.stringContaining('no rows'),
      }),
    ]);
    expect(res.body.unchecked).toEqual([
      { entityRef: 'resource:default/dash-9', nextRunAt: null },
    ]);
    const bad = await request(server)
      .post(`${api}/health/batch`)
      .set('Authorization', ana)
      .send({ entityRefs: 'x' });
    expect(bad.status).toBe(400);
  });

  it('rejects manual runs of unknown or non-dashboard entities', async () => {
    const notFound = await request(server)
      .post(`${api}/runs`)
      .set('Authorization', ana)
      .send({ entityRef: 'resource:default/ghost' });
    expect(notFound.status).toBe(404);
    const component = await request(server)
      .post(`${api}/runs`)
      .set('Authorization', ana)
      .send({ entityRef: 'component:default/not-a-dashboard' });
    expect(component.status).toBe(404);
    const bad = await request(server)
      .post(`${api}/runs`)
      .set('Authorization', ana)
      .send({ entityRef: 42 });
    expect(bad.status).toBe(400);
  });

  it('pages runs with a cursor and validates the query', async () => {
    for (let i = 0; i < 3; i++) {
      await request(server)
        .post(`${api}/runs`)
        .set('Authorization', ana)
        .send({ entityRef: 'resource:default/dash-7' });
    }
    const first = await request(server)
      .get(`${api}/runs?entityRef=resource:default/dash-7&limit=2`)
      .set('Authorization', ana);
    expect(first.body.items).toHaveLength(2);
    const second = await request(server)
      .get(
        `${api}/runs?entityRef=resource:default/dash-7&limit=2&cursor=${first.body.nextCursor}`,
      )
      .set('Authorization', ana);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeUndefined();
    const ids = [...first.body.items, ...second.body.items].map(
      (r: any) => r.id,
    );
    expect(new Set(ids).size).toBe(3);

    for (const query of [
      'limit=0',
      'limit=abc',
      'status=done',
      'from=yesterday',
      'cursor=%%%',
    ]) {
      const res = await request(server)
        .get(`${api}/runs?${query}`)
        .set('Authorization', ana);
      expect(res.status).toBe(400);
    }
  });

  it('shows the next planned run with its policy and window on /health', async () => {
    const policy = await request(server)
      .post(`${api}/policies`)
      .set('Authorization', ana)
      .send({
        name: 'Nightly prod',
        environment: 'prod',
        entityRefs: ['resource:default/dash-11', 'resource:default/secret-1'],
        window: { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' },
      });
    expect(policy.status).toBe(201);
    const health = await request(server)
      .get(`${api}/health?entityRef=resource:default/dash-11`)
      .set('Authorization', ana);
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      entityRef: 'resource:default/dash-11',
      latestRecord: null,
      nextRun: {
        status: 'planned',
        policy: {
          id: policy.body.id,
          name: 'Nightly prod',
          window: { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' },
        },
      },
    });
    expect(Date.parse(health.body.nextRun.plannedAt)).toBeGreaterThan(
      Date.now(),
    );

    // The outsider's plan view leaves out the dashboard the catalog hides from them.
    const plan = await request(server)
      .get(`${api}/policies/${policy.body.id}/plan`)
      .set('Authorization', outsider);
    expect(plan.body.slots.map((s: any) => s.entityRef)).toEqual([
      'resource:default/dash-11',
    ]);
  });

  it('answers 404 for entities the caller cannot see in the catalog, as if they did not exist', async () => {
    const secret = 'resource:default/secret-1';
    await request(server)
      .post(`${api}/runs`)
      .set('Authorization', ana)
      .send({ entityRef: secret });
    for (const path of [
      `/health?entityRef=${secret}`,
      `/runs?entityRef=${secret}`,
      `/records?entityRef=${secret}`,
    ]) {
      expect(
        (
          await request(server)
            .get(api + path)
            .set('Authorization', outsider)
        ).status,
      ).toBe(404);
      expect(
        (
          await request(server)
            .get(api + path)
            .set('Authorization', ana)
        ).status,
      ).toBe(200);
    }
    const all = await request(server)
      .get(`${api}/runs?limit=500`)
      .set('Authorization', outsider);
    expect(all.body.items.some((r: any) => r.entityRef === secret)).toBe(false);
    const mine = await request(server)
      .get(`${api}/runs?limit=500`)
      .set('Authorization', ana);
    expect(mine.body.items.some((r: any) => r.entityRef === secret)).toBe(true);
    const runId = mine.body.items.find((r: any) => r.entityRef === secret).id;
    expect(
      (
        await request(server)
          .get(`${api}/runs/${runId}`)
          .set('Authorization', outsider)
      ).status,
    ).toBe(404);
    expect(
      (
        await request(server)
          .post(`${api}/runs`)
          .set('Authorization', outsider)
          .send({ entityRef: secret })
      ).status,
    ).toBe(404);
  });

  it('requires an entityRef for /health and /records', async () => {
    expect(
      (await request(server).get(`${api}/health`).set('Authorization', ana))
        .status,
    ).toBe(400);
    expect(
      (await request(server).get(`${api}/records`).set('Authorization', ana))
        .status,
    ).toBe(400);
    expect(
      (
        await request(server)
          .get(`${api}/records/nope`)
          .set('Authorization', ana)
      ).status,
    ).toBe(404);
  });
});

describe('POST /runs without dashboard-health.run.create', () => {
  it('answers 403', async () => {
    const server = await startPluginBackend({
      permission: AuthorizeResult.DENY,
    });
    const res = await request(server)
      .post(`${api}/runs`)
      .set('Authorization', ana)
      .send({ entityRef: 'resource:default/dash-3' });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Not allowed: dashboard-health.run.create',
    );
  });
});

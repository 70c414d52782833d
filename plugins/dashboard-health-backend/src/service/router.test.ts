import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import request from 'supertest';
import { dashboardHealthPlugin } from '../plugin';

describe('POST /api/dashboard-health/plan/preview', () => {
  let server: Awaited<ReturnType<typeof startTestBackend>>['server'];

  beforeAll(async () => {
    ({ server } = await startTestBackend({
      features: [
        dashboardHealthPlugin,
        mockServices.rootConfig.factory({
          data: { dashboardHealth: { planner: { minSpacingSeconds: 1 } } },
        }),
        // Like the real backend: a request without a token carries no credentials.
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
      ],
    }));
  });

  const preview = (body: unknown) =>
    request(server)
      .post('/api/dashboard-health/plan/preview')
      .set('Authorization', mockCredentials.user.header())
      .send(body as object);

  const window = { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' };

  it('plans a DST night: 3 h of real time on 2026-03-29', async () => {
    const res = await preview({
      window,
      entityRefs: [
        'resource:default/a',
        'resource:default/b',
        'resource:default/c',
      ],
      date: '2026-03-29',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      date: '2026-03-29',
      windowStart: '2026-03-29T00:00:00.000Z',
      windowEnd: '2026-03-29T03:00:00.000Z',
      spacingSeconds: 3600,
    });
    expect(res.body.slots.map((s: any) => s.plannedAt)).toEqual([
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-03-29T02:30:00.000Z',
    ]);
    expect(res.body.slots.map((s: any) => s.entityRef).sort()).toEqual([
      'resource:default/a',
      'resource:default/b',
      'resource:default/c',
    ]);
  });

  it('plans a cross-midnight window on the date it starts', async () => {
    const res = await preview({
      window: { start: '22:00', end: '02:00', timezone: 'America/New_York' },
      entityRefs: ['resource:default/a', 'resource:default/b'],
      date: '2026-11-01',
    });
    expect(res.status).toBe(200);
    // 22:00 EST on Nov 1 → 02:00 EST on Nov 2: 4 h, 2 h apart.
    expect(res.body.windowStart).toBe('2026-11-02T03:00:00.000Z');
    expect(res.body.windowEnd).toBe('2026-11-02T07:00:00.000Z');
    expect(res.body.spacingSeconds).toBe(7200);
  });

  it('defaults the date to the next occurrence of the window', async () => {
    const res = await preview({ window, entityRefs: ['resource:default/a'] });
    expect(res.status).toBe(200);
    expect(Date.parse(res.body.windowEnd)).toBeGreaterThan(Date.now());
    expect(Date.parse(res.body.windowStart) - Date.now()).toBeLessThan(
      25 * 3600_000,
    );
  });

  it('normalises refs the way the catalog compares them', async () => {
    const res = await preview({
      window,
      entityRefs: ['Resource:Default/Sales'],
      date: '2026-06-01',
    });
    expect(res.body.slots[0].entityRef).toBe('resource:default/sales');
  });

  it.each([
    [
      {
        window: { ...window, timezone: 'Mars/Base' },
        entityRefs: ['resource:default/a'],
      },
      'window.timezone',
    ],
    [
      {
        window: { ...window, start: '25:00' },
        entityRefs: ['resource:default/a'],
      },
      'window.start',
    ],
    [
      {
        window: { ...window, end: '01:00' },
        entityRefs: ['resource:default/a'],
      },
      'window.end',
    ],
    [
      {
        window: { ...window, days: ['someday'] },
        entityRefs: ['resource:default/a'],
      },
      'window.days.0',
    ],
    [{ window, entityRefs: [] }, 'entityRefs'],
    [{ window, entityRefs: ['not a ref at all:'] }, 'entityRefs.0'],
    [
      { window, entityRefs: ['resource:default/a', 'resource:default/A'] },
      'entityRefs',
    ],
    [
      { window, entityRefs: ['resource:default/a'], date: '2026-02-30' },
      'date',
    ],
    [{ window, entityRefs: ['resource:default/a'], date: 'tomorrow' }, 'date'],
    [{ entityRefs: ['resource:default/a'] }, 'window'],
    [
      {
        window: { ...window, days: ['mon'] },
        entityRefs: ['resource:default/a'],
        date: '2026-03-29',
      },
      'date',
    ],
    [
      {
        window: { start: '01:00', end: '01:01', timezone: 'UTC' },
        entityRefs: Array.from(
          { length: 61 },
          (_, i) => `resource:default/d${i}`,
        ),
        date: '2026-06-01',
      },
      'entityRefs',
    ],
    ['not json at all', 'window'],
  ])('answers 400 naming the bad field (%#: %s)', async (body, field) => {
    const res = await preview(body);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('InputError');
    expect(res.body.error.message).toContain(`${field}:`);
  });

  it('answers 400, not 500, for malformed JSON', async () => {
    const res = await request(server)
      .post('/api/dashboard-health/plan/preview')
      .set('Authorization', mockCredentials.user.header())
      .set('Content-Type', 'application/json')
      .send('{"window": ');
    expect(res.status).toBe(400);
  });

  it('requires a Backstage credential', async () => {
    const res = await request(server)
      .post('/api/dashboard-health/plan/preview')
      .send({ window, entityRefs: ['resource:default/a'] });
    expect(res.status).toBe(401);
  });

  it('accepts service credentials', async () => {
    const res = await request(server)
      .post('/api/dashboard-health/plan/preview')
      .set('Authorization', mockCredentials.service.header())
      .send({ window, entityRefs: ['resource:default/a'], date: '2026-06-01' });
    expect(res.status).toBe(200);
  });
});

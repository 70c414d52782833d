import { DashboardHealthClient } from './DashboardHealthClient';

describe('DashboardHealthClient', () => {
  const discoveryApi = {
    getBaseUrl: async () => 'http://backend/api/dashboard-health',
  };

  it('posts a preview request and returns the plan', async () => {
    const plan = {
      date: '2026-06-01',
      windowStart: 'a',
      windowEnd: 'b',
      spacingSeconds: 60,
      slots: [],
    };
    const fetch = jest.fn(
      async () => new Response(JSON.stringify(plan), { status: 200 }),
    );
    const client = new DashboardHealthClient({
      discoveryApi,
      fetchApi: { fetch },
    });
    const body = {
      window: { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' },
      entityRefs: ['resource:default/a'],
    };
    await expect(client.previewPlan(body)).resolves.toEqual(plan);
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/dashboard-health/plan/preview',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      },
    );
  });

  it('turns a 400 into an error carrying the server message', async () => {
    // The backend's error body shape (ErrorResponseBody from @backstage/errors).
    const error = {
      error: {
        name: 'InputError',
        message: 'Invalid request body: window.timezone: unknown',
      },
      request: { method: 'POST', url: '/api/dashboard-health/plan/preview' },
      response: { statusCode: 400 },
    };
    const fetch = jest.fn(
      async () =>
        new Response(JSON.stringify(error), {
          status: 400,
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    const client = new DashboardHealthClient({
      discoveryApi,
      fetchApi: { fetch },
    });
    await expect(
      client.previewPlan({
        window: { start: '01:00', end: '05:00', timezone: 'x' },
        entityRefs: ['resource:default/a'],
      }),
    ).rejects.toMatchObject({
      name: 'ResponseError',
      statusCode: 400,
      cause: {
        name: 'InputError',
        message: 'Invalid request body: window.timezone: unknown',
      },
    });
  });
});

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

  it('passes the health answer through whole: the last completed check and the LLM review’s summary', async () => {
    const completed = {
      id: 'rec-1',
      entityRef: 'resource:default/a',
      environment: 'prod',
      policyId: null,
      runId: 'run-1',
      status: 'pass',
      summary: 'All 4 charts of "A" returned current data.',
      llmSummary: 'Looks healthy.',
      issues: [],
      facts: { chartCount: 4, failedCharts: 0, emptyCharts: 0, staleCharts: 0 },
      startedAt: '2026-06-01T01:00:00.000Z',
      finishedAt: '2026-06-01T01:00:03.000Z',
      durationMs: 3000,
      llm: { model: 'gpt-4o-mini', totalTokens: 1200 },
    };
    const answer = {
      entityRef: 'resource:default/a',
      latestRecord: {
        ...completed,
        id: 'rec-2',
        status: 'error',
        summary: 'Superset did not answer in 10 min.',
        llmSummary: undefined,
        llm: { skippedReason: 'no facts to review' },
      },
      lastCompletedRecord: completed,
      nextRun: null,
    };
    const fetch = jest.fn(
      async () => new Response(JSON.stringify(answer), { status: 200 }),
    );
    const client = new DashboardHealthClient({
      discoveryApi,
      fetchApi: { fetch },
    });
    await expect(client.getHealth('resource:default/a')).resolves.toEqual(
      JSON.parse(JSON.stringify(answer)),
    );
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/dashboard-health/health?entityRef=resource%3Adefault%2Fa',
      expect.objectContaining({ method: 'GET' }),
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

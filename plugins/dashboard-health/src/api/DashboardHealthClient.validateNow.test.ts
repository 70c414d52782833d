import { DashboardHealthClient } from './DashboardHealthClient';

describe('DashboardHealthClient.validateNow', () => {
  it('posts to the policy’s validate-now route and returns the 202 batch', async () => {
    const batch = {
      policyId: 'pol 1',
      requestedAt: '2026-06-01T10:00:00.000Z',
      windowStart: '2026-06-01T10:00:00.000Z',
      windowEnd: '2026-06-01T10:05:00.000Z',
      spacing: 'even',
      slots: [],
    };
    const fetch = jest.fn(
      async () => new Response(JSON.stringify(batch), { status: 202 }),
    );
    const client = new DashboardHealthClient({
      discoveryApi: { getBaseUrl: async () => 'http://backend/api/dh' },
      fetchApi: { fetch },
    });

    await expect(client.validateNow('pol 1')).resolves.toEqual(batch);
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/dh/policies/pol%201/validate-now',
      // The operation takes no request body (openapi.yaml), so none is sent.
      { method: 'POST', headers: undefined, body: undefined },
    );
  });
});

import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import dashboardHealthPlugin from '../alpha';
import { dashboardHealthApiRef, DashboardHealthClient } from '../api';

describe('api:dashboard-health', () => {
  it('provides the Dashboard Health client, built on discovery and fetch', async () => {
    const factory = createExtensionTester(
      dashboardHealthPlugin.getExtension('api:dashboard-health'),
    ).get(ApiBlueprint.dataRefs.factory);
    expect(factory.api).toBe(dashboardHealthApiRef);
    expect(Object.values(factory.deps)).toEqual([discoveryApiRef, fetchApiRef]);

    const fetch = jest.fn(
      async () => new Response('{"items":[]}', { status: 200 }),
    );
    const client = factory.factory({
      discoveryApi: {
        getBaseUrl: async () => 'http://backend/api/dashboard-health',
      },
      fetchApi: { fetch },
    });
    expect(client).toBeInstanceOf(DashboardHealthClient);
    await expect(
      (client as DashboardHealthClient).listPolicies(),
    ).resolves.toEqual([]);
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/dashboard-health/policies',
      expect.anything(),
    );
  });
});

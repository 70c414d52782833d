import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import dashboardHealthPlugin from '../alpha';
import {
  dashboardEntity,
  healthSummary,
  mockDashboardHealthApi,
} from '../components/center/__testUtils__/fixtures';
import { alphaTestApis, entityPageRoutes } from './__testUtils__/testApis';

jest.setTimeout(30_000);

const coreRoutePath = coreExtensionData.routePath;

describe('page:dashboard-health', () => {
  it('renders the Health Center with the dashboards and their health', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => ({
        items: [healthSummary('sales', { status: 'fail' })],
        unchecked: [],
      })),
    });
    const apis = alphaTestApis(api, [dashboardEntity('sales')]);
    const tester = createExtensionTester(
      dashboardHealthPlugin.getExtension('page:dashboard-health'),
      { apis },
    );

    await renderInTestApp(tester.reactElement(), {
      apis,
      // Rows link to the entities' Health tabs.
      mountedRoutes: entityPageRoutes,
    });

    expect(
      await screen.findByRole(
        'heading',
        { name: 'Dashboard Health' },
        // The page's content is a lazily loaded module: its first import takes a while in a cold test.
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
    expect(await screen.findByTestId('status-fail')).toBeInTheDocument();
    expect(api.getHealthBatch).toHaveBeenCalled();
  });

  it('is mounted at /dashboard-health unless an app configures another path', () => {
    const page = dashboardHealthPlugin.getExtension('page:dashboard-health');
    const tester = createExtensionTester(page, {
      apis: alphaTestApis(mockDashboardHealthApi()),
      config: { path: '/health' },
    });
    expect(tester.query(page).node.spec.id).toBe('page:dashboard-health');
    expect(
      createExtensionTester(page, {
        apis: alphaTestApis(mockDashboardHealthApi()),
      }).get(coreRoutePath),
    ).toBe('/dashboard-health');
    expect(tester.get(coreRoutePath)).toBe('/health');
  });
});

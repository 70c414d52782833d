import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import { screen } from '@testing-library/react';
import dashboardHealthPlugin from '../alpha';
import {
  dashboardEntity,
  healthSummary,
  mockDashboardHealthApi,
} from '../components/center/__testUtils__/fixtures';
import { alphaTestApis, entityPageRoutes } from './__testUtils__/testApis';

jest.setTimeout(30_000);

describe('home-page-widget:dashboard-health/dashboard-health', () => {
  const widget = dashboardHealthPlugin.getExtension(
    'home-page-widget:dashboard-health/dashboard-health',
  );

  it('offers the card to the home page with its title, description and size', () => {
    const data = createExtensionTester(widget).get(
      HomePageWidgetBlueprint.dataRefs.widget,
    );
    expect(data).toMatchObject({
      title: 'Dashboard Health',
      description:
        'Dashboards by health status and the five that need attention most',
      layout: { width: { minColumns: 4 }, height: { minRows: 4 } },
    });
  });

  it('renders the dashboards that need attention', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => ({
        items: [healthSummary('sales', { status: 'fail' })],
        unchecked: [],
      })),
    });
    const apis = alphaTestApis(api, [
      dashboardEntity('sales', { title: 'Sales overview' }),
    ]);
    const { component } = createExtensionTester(widget, { apis }).get(
      HomePageWidgetBlueprint.dataRefs.widget,
    );

    await renderInTestApp(component, {
      apis,
      mountedRoutes: entityPageRoutes,
    });

    expect(
      await screen.findByText('Sales overview', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(api.getHealthBatch).toHaveBeenCalled();
  });
});

import { Entity } from '@backstage/catalog-model';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { screen } from '@testing-library/react';
import dashboardHealthPlugin from '../alpha';
import { dashboardHealthApiRef } from '../api';
import {
  dashboardEntity,
  failingRecord,
  health,
  mockDashboardHealthApi,
} from '../components/entity/__testUtils__/fixtures';
import { mockPermissionApi } from '../components/entity/__testUtils__/renderEntityView';
import { entityPageRoutes } from './__testUtils__/testApis';

jest.setTimeout(30_000);

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'billing', namespace: 'default' },
  spec: { type: 'service' },
};

/** Renders an entity extension's element the way the entity page does: inside the entity's provider. */
async function renderForDashboard(element: JSX.Element) {
  const api = mockDashboardHealthApi({
    getHealth: jest.fn(async () => health(failingRecord)),
  });
  await renderInTestApp(
    <EntityProvider entity={dashboardEntity}>{element}</EntityProvider>,
    {
      apis: [
        [dashboardHealthApiRef, api],
        [permissionApiRef, mockPermissionApi(false)],
      ],
      mountedRoutes: entityPageRoutes,
    },
  );
  return api;
}

describe('entity-content:dashboard-health/health', () => {
  const content = dashboardHealthPlugin.getExtension(
    'entity-content:dashboard-health/health',
  );

  it('is the Health tab at /dashboard-health, on dashboards only', () => {
    const tester = createExtensionTester(content);
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe('Health');
    expect(tester.get(coreExtensionData.routePath)).toBe('/dashboard-health');
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(filter(dashboardEntity)).toBe(true);
    expect(filter(service)).toBe(false);
  });

  it('renders the dashboard’s latest check', async () => {
    const api = await renderForDashboard(
      createExtensionTester(content).reactElement(),
    );
    expect(
      (await screen.findAllByText(/column "region" does not exist/)).length,
    ).toBeGreaterThan(0);
    expect(api.getHealth).toHaveBeenCalledWith(
      'resource:default/superset-prod-42',
    );
  });
});

describe('entity-card:dashboard-health/health', () => {
  const card = dashboardHealthPlugin.getExtension(
    'entity-card:dashboard-health/health',
  );

  it('is a content card on dashboards only', () => {
    const tester = createExtensionTester(card);
    expect(tester.get(EntityCardBlueprint.dataRefs.type)).toBe('content');
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(filter(dashboardEntity)).toBe(true);
    expect(filter(service)).toBe(false);
  });

  it('renders the status and a link to the Health tab', async () => {
    await renderForDashboard(createExtensionTester(card).reactElement());
    expect(await screen.findByTestId('status-fail')).toBeInTheDocument();
    expect(screen.getByText(/View health details/)).toBeInTheDocument();
  });
});

import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { dashboardHealthApiRef, DashboardHealthClient } from './api';
import { rootRouteRef } from './routes';

/** The legacy-frontend-system plugin. */
export const dashboardHealthPlugin = createPlugin({
  id: 'dashboard-health',
  apis: [
    createApiFactory({
      api: dashboardHealthApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new DashboardHealthClient(deps),
    }),
  ],
  routes: { root: rootRouteRef },
});

/** The Health Center page for the legacy frontend system. */
export const DashboardHealthPage = dashboardHealthPlugin.provide(
  createRoutableExtension({
    name: 'DashboardHealthPage',
    component: () =>
      import('./components/HealthCenterPage').then(m => m.HealthCenterPage),
    mountPoint: rootRouteRef,
  }),
);

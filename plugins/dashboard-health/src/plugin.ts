import {
  createApiFactory,
  createComponentExtension,
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

/** The Health tab for dashboard entity pages (show it where `isDashboardHealthAvailable`). */
export const EntityDashboardHealthContent = dashboardHealthPlugin.provide(
  createComponentExtension({
    name: 'EntityDashboardHealthContent',
    component: {
      lazy: () =>
        import('./components/entity').then(m => m.EntityDashboardHealthContent),
    },
  }),
);

/** The Health card for a dashboard entity's overview. */
export const EntityDashboardHealthCard = dashboardHealthPlugin.provide(
  createComponentExtension({
    name: 'EntityDashboardHealthCard',
    component: {
      lazy: () =>
        import('./components/entity').then(m => m.EntityDashboardHealthCard),
    },
  }),
);

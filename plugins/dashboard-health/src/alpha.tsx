import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import DashboardIcon from '@material-ui/icons/Dashboard';
import { dashboardHealthApiRef, DashboardHealthClient } from './api';
import { rootRouteRef } from './routes';

const dashboardHealthApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: dashboardHealthApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new DashboardHealthClient(deps),
    }),
});

const healthCenterPage = PageBlueprint.make({
  params: {
    path: '/dashboard-health',
    title: 'Dashboard Health',
    icon: <DashboardIcon />,
    routeRef: convertLegacyRouteRefs({ root: rootRouteRef }).root,
    loader: () =>
      import('./components/HealthCenterPage').then(m => <m.HealthCenterPage />),
  },
});

/**
 * The new-frontend-system plugin.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'dashboard-health',
  extensions: [dashboardHealthApi, healthCenterPage],
  routes: convertLegacyRouteRefs({ root: rootRouteRef }),
});

import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  FrontendPlugin,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import DashboardIcon from '@material-ui/icons/Dashboard';
import { isDashboardHealthAvailable } from './components/entity/isDashboardHealthAvailable';
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

const entityHealthContent = EntityContentBlueprint.make({
  name: 'health',
  params: {
    path: '/dashboard-health',
    title: 'Health',
    filter: isDashboardHealthAvailable,
    loader: () =>
      import('./components/entity').then(m => (
        <m.EntityDashboardHealthContent />
      )),
  },
});

const entityHealthCard = EntityCardBlueprint.make({
  name: 'health',
  params: {
    type: 'content',
    filter: isDashboardHealthAvailable,
    loader: () =>
      import('./components/entity').then(m => <m.EntityDashboardHealthCard />),
  },
});

/**
 * The new-frontend-system plugin.
 *
 * @alpha
 */
// Annotated: the inferred type names a nested copy of @backstage/filter-predicates (entity filters).
const plugin: FrontendPlugin = createFrontendPlugin({
  pluginId: 'dashboard-health',
  extensions: [
    dashboardHealthApi,
    healthCenterPage,
    entityHealthContent,
    entityHealthCard,
  ],
  routes: convertLegacyRouteRefs({ root: rootRouteRef }),
});

export default plugin;

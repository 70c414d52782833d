import { convertLegacyRouteRefs } from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  CatalogFilterBlueprint,
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import DashboardIcon from '@material-ui/icons/Dashboard';
import { isDashboardHealthAvailable } from './components/entity/isDashboardHealthAvailable';
import { dashboardHealthHomeCard } from './components/home/homeCard';
import {
  DASHBOARD_HEALTH_SEARCH_TYPE,
  isDashboardHealthResult,
} from './components/search/isDashboardHealthResult';
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
    // The title is the sidebar's nav label, where "Dashboard Health" is cut to "Dashboard …"; the page
    // draws its own "Dashboard Health" header. Apps may set another: page:dashboard-health config.title.
    title: 'Health',
    icon: <DashboardIcon />,
    routeRef: convertLegacyRouteRefs({ root: rootRouteRef }).root,
    // The page draws its own header (title and subtitle); the plugin header would repeat the title.
    noHeader: true,
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

const homePageWidget = HomePageWidgetBlueprint.make({
  name: 'dashboard-health',
  params: dashboardHealthHomeCard,
});

const searchResultListItem = SearchResultListItemBlueprint.make({
  params: {
    predicate: isDashboardHealthResult,
    icon: <DashboardIcon />,
    component: () =>
      import('./components/search/DashboardHealthSearchResultListItem').then(
        m => m.DashboardHealthSearchResultListItem,
      ),
  },
});

/** A "Dashboard health" entry in the search page's result-type filter. */
const searchResultType = SearchFilterResultTypeBlueprint.make({
  params: {
    value: DASHBOARD_HEALTH_SEARCH_TYPE,
    name: 'Dashboard health',
    icon: <DashboardIcon />,
  },
});

const healthStatusFilter = CatalogFilterBlueprint.make({
  name: 'health-status',
  params: {
    loader: async () => {
      const { DashboardHealthStatusPicker } = await import(
        './components/catalog/DashboardHealthStatusPicker'
      );
      return <DashboardHealthStatusPicker />;
    },
  },
});

/**
 * The new-frontend-system plugin: the Health Center page, the entity Health tab and card, the home widget,
 * the search result item and result type, the catalog health status filter, and the API.
 *
 * @alpha
 */
const dashboardHealthPlugin = createFrontendPlugin({
  pluginId: 'dashboard-health',
  info: { packageJson: () => import('../package.json') },
  extensions: [
    dashboardHealthApi,
    healthCenterPage,
    entityHealthContent,
    entityHealthCard,
    homePageWidget,
    searchResultListItem,
    searchResultType,
    healthStatusFilter,
  ],
  routes: convertLegacyRouteRefs({ root: rootRouteRef }),
});

export default dashboardHealthPlugin;

export { dashboardHealthCatalogModule } from './components/catalog/dashboardHealthCatalogModule';

import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createCardExtension } from '@backstage/plugin-home-react';
import {
  createSearchResultListItemExtension,
  SearchResultListItemExtensionProps,
} from '@backstage/plugin-search-react';
import type { JSX } from 'react';
import { dashboardHealthApiRef, DashboardHealthClient } from './api';
import type { DashboardHealthStatusPickerProps } from './components/catalog/DashboardHealthStatusPicker';
import type {
  EntityDashboardHealthCardProps,
  EntityDashboardHealthContentProps,
} from './components/entity';
import { dashboardHealthHomeCard } from './components/home/homeCard';
import type { DashboardHealthSearchResultListItemProps } from './components/search/DashboardHealthSearchResultListItem';
import { isDashboardHealthResult } from './components/search/isDashboardHealthResult';
import { rootRouteRef } from './routes';

/**
 * The legacy-frontend-system plugin.
 *
 * @public
 */
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

/**
 * The Health Center page for the legacy frontend system.
 *
 * @public
 */
export const DashboardHealthPage: () => JSX.Element =
  dashboardHealthPlugin.provide(
    createRoutableExtension({
      name: 'DashboardHealthPage',
      component: () =>
        import('./components/HealthCenterPage').then(m => m.HealthCenterPage),
      mountPoint: rootRouteRef,
    }),
  );

/**
 * The Health tab for dashboard entity pages (show it where `isDashboardHealthAvailable`).
 *
 * @public
 */
export const EntityDashboardHealthContent: (
  props: EntityDashboardHealthContentProps,
) => JSX.Element = dashboardHealthPlugin.provide(
  createComponentExtension({
    name: 'EntityDashboardHealthContent',
    component: {
      lazy: () =>
        import('./components/entity').then(m => m.EntityDashboardHealthContent),
    },
  }),
);

/**
 * The Health card for a dashboard entity's overview.
 *
 * @public
 */
export const EntityDashboardHealthCard: (
  props: EntityDashboardHealthCardProps,
) => JSX.Element = dashboardHealthPlugin.provide(
  createComponentExtension({
    name: 'EntityDashboardHealthCard',
    component: {
      lazy: () =>
        import('./components/entity').then(m => m.EntityDashboardHealthCard),
    },
  }),
);

/**
 * Home page card: dashboards by health status and the five that need attention most.
 *
 * @public
 */
export const HomePageDashboardHealthCard = dashboardHealthPlugin.provide(
  createCardExtension<{}>(dashboardHealthHomeCard),
);

/**
 * Search result item for `dashboard-health` documents.
 *
 * @public
 */
export const DashboardHealthSearchResultListItem: (
  props: SearchResultListItemExtensionProps<DashboardHealthSearchResultListItemProps>,
) => JSX.Element | null = dashboardHealthPlugin.provide(
  createSearchResultListItemExtension({
    name: 'DashboardHealthSearchResultListItem',
    component: () =>
      import('./components/search/DashboardHealthSearchResultListItem').then(
        m => m.DashboardHealthSearchResultListItem,
      ),
    predicate: isDashboardHealthResult,
  }),
);

/**
 * Catalog filter by dashboard health status, for the catalog index page's filters.
 *
 * @public
 */
export const DashboardHealthStatusPicker: (
  props: DashboardHealthStatusPickerProps,
) => JSX.Element | null = dashboardHealthPlugin.provide(
  createComponentExtension({
    name: 'DashboardHealthStatusPicker',
    component: {
      lazy: () =>
        import('./components/catalog/DashboardHealthStatusPicker').then(
          m => m.DashboardHealthStatusPicker,
        ),
    },
  }),
);

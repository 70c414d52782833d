// packages/app/src/App.tsx of a new app (@backstage/create-app) with Dashboard Health's catalog module.
// `app.packages: all` discovers the plugin itself; modules are not discovered, so this one is listed here.
import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import { dashboardHealthCatalogModule } from '@dashboard-health/plugin-dashboard-health/alpha';
import { navModule } from './modules/nav';
import { homeModule } from './modules/home';

export default createApp({
  features: [
    catalogPlugin,
    navModule,
    homeModule,
    // The catalog page's Health column (replaces page:catalog with the same page plus the column)
    dashboardHealthCatalogModule,
  ],
});

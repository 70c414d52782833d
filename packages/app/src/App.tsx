import { createApp } from '@backstage/frontend-defaults';
import { dashboardHealthCatalogModule } from '@dashboard-health/plugin-dashboard-health/alpha';
import { appModule } from './modules/appModule';

/**
 * The app runs on the new frontend system; installed plugins (catalog, search, home, our dashboard-health
 * plugin, ...) are discovered from this package's dependencies (`app.packages: all`). Modules are not
 * discovered, so the catalog's Health column is installed here.
 */
export default createApp({
  features: [appModule, dashboardHealthCatalogModule],
});

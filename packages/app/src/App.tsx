import { createApp } from '@backstage/frontend-defaults';
import { appModule } from './modules/appModule';
import { catalogModule } from './modules/catalogModule';

/**
 * The app runs on the new frontend system; installed plugins (catalog, search, home, our dashboard-health
 * plugin, ...) are discovered from this package's dependencies (`app.packages: all`).
 */
export default createApp({
  features: [appModule, catalogModule],
});

import { createApp } from '@backstage/frontend-defaults';
import { appModule } from './modules/appModule';

/**
 * The app runs on the new frontend system; installed plugins (catalog, search, home, our dashboard-health
 * plugin, ...) are discovered from this package's dependencies (`app.packages: all`).
 */
export default createApp({
  features: [appModule],
});

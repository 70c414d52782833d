import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { dashboardHealthPermissions } from '@internal/plugin-dashboard-health-common';
import { systemClock } from './clock';
import { applyMigrations } from './database/migrations';
import { createRouter } from './service/router';

/**
 * Dashboard Health backend plugin: wiring only — services in, routes (and later scheduled tasks) out.
 *
 * @public
 */
export const dashboardHealthPlugin = createBackendPlugin({
  pluginId: 'dashboard-health',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        config: coreServices.rootConfig,
      },
      async init({
        httpRouter,
        httpAuth,
        permissionsRegistry,
        database,
        config,
      }) {
        permissionsRegistry.addPermissions(dashboardHealthPermissions);
        await applyMigrations(database);
        httpRouter.use(
          await createRouter({
            httpAuth,
            clock: systemClock,
            minSpacingSeconds: config.getOptionalNumber(
              'dashboardHealth.planner.minSpacingSeconds',
            ),
          }),
        );
      },
    });
  },
});

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { DashboardHealthPermissionPolicy } from './DashboardHealthPermissionPolicy';
import { readPermissionSettings } from './readPermissionSettings';

/**
 * The permission backend's policy, chosen by configuration rather than by which module is installed: one
 * backend build runs both the embedded development setup (allow-all) and production
 * (`app-config.production.yaml` selects owners-and-admins), so the choice is visible in the config files.
 */
export const permissionModuleDashboardHealthPolicy = createBackendModule({
  pluginId: 'permission',
  moduleId: 'dashboard-health-policy',
  register(reg) {
    reg.registerInit({
      deps: {
        policy: policyExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ policy, config, logger }) {
        const settings = readPermissionSettings(config);
        if (settings.policy === 'allow-all') {
          logger.warn(
            'Permission policy: allow-all (the development default); set dashboardHealth.permissions.policy ' +
              'to owners-and-admins in production',
          );
          policy.setPolicy({
            handle: async () => ({ result: AuthorizeResult.ALLOW }),
          });
          return;
        }
        logger.info(
          `Permission policy: owners-and-admins, admin group ${settings.adminGroup}`,
        );
        policy.setPolicy(
          new DashboardHealthPermissionPolicy(settings.adminGroup),
        );
      },
    });
  },
});

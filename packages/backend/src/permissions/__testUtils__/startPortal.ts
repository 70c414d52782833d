import {
  coreServices,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { createPermissionIntegrationRouter } from '@backstage/plugin-permission-node';
import permissionBackend from '@backstage/plugin-permission-backend';
import dashboardHealthBackend from '@dashboard-health/plugin-dashboard-health-backend';
import { permissionModuleDashboardHealthPolicy } from '../permissionPolicyModule';
import { ADMIN_GROUP, people } from './people';

/**
 * The catalog's part in a permission check, without the whole catalog: its permission integration endpoint
 * applies conditional decisions on `catalog-entity` with the catalog's own rules to these entities. (The
 * permissions registry would refuse the mock on-behalf-of tokens, which carry no actor.)
 */
function catalogConditionsPlugin(entities: Entity[]) {
  return createBackendPlugin({
    pluginId: 'catalog',
    register(reg) {
      reg.registerInit({
        deps: { httpRouter: coreServices.httpRouter },
        async init({ httpRouter }) {
          httpRouter.use(
            createPermissionIntegrationRouter({
              resourceType: 'catalog-entity',
              rules: Object.values(permissionRules),
              getResources: async refs =>
                refs.map(ref =>
                  entities.find(entity => stringifyEntityRef(entity) === ref),
                ),
            }),
          );
        },
      });
    },
  });
}

/**
 * A portal backend as production runs it, minus the catalog's storage: permissions enabled, the permission
 * backend with this backend's policy module, the Dashboard Health plugin, and users whose ownership claims
 * come from `people`.
 */
export async function startPortal(
  entities: Entity[],
  /** `dashboardHealth.permissions`; the production policy unless given. */
  permissions: object = {
    policy: 'owners-and-admins',
    adminGroup: ADMIN_GROUP,
  },
) {
  const claims = new Map(
    Object.values(people).map(p => [p.userEntityRef, p.ownershipEntityRefs]),
  );
  const { server } = await startTestBackend({
    features: [
      permissionBackend,
      permissionModuleDashboardHealthPolicy,
      dashboardHealthBackend,
      catalogConditionsPlugin(entities),
      mockServices.rootConfig.factory({
        data: {
          permission: { enabled: true },
          dashboardHealth: { permissions },
          superset: {
            instances: [
              {
                id: 'prod',
                title: 'prod',
                // Nothing listens here: runs are accepted, then fail to connect, which is not tested here.
                baseUrl: 'http://127.0.0.1:1',
                auth: { provider: 'db', username: 'svc', password: 'x' },
                maxConcurrency: 1,
              },
            ],
          },
        },
      }),
      createServiceFactory({
        service: coreServices.userInfo,
        deps: {},
        factory: () => ({
          async getUserInfo(credentials) {
            const { userEntityRef } = credentials.principal as {
              userEntityRef: string;
            };
            return {
              userEntityRef,
              ownershipEntityRefs: claims.get(userEntityRef) ?? [userEntityRef],
            };
          },
        }),
      }),
      createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () => catalogServiceMock({ entities }),
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({ send: async () => {} }),
      }),
      createServiceFactory({
        service: actionsRegistryServiceRef,
        deps: {},
        factory: () => actionsRegistryServiceMock(),
      }),
      mockServices.scheduler.mock().factory,
    ],
  });
  return server;
}

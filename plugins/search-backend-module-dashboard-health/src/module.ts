import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { DashboardHealthCollatorFactory } from './DashboardHealthCollatorFactory';

/**
 * Registers the dashboard-health collator with the search backend, on its own schedule.
 *
 * @public
 */
export const searchModuleDashboardHealthCollator = createBackendModule({
  pluginId: 'search',
  moduleId: 'dashboard-health-collator',
  register(env) {
    env.registerInit({
      deps: {
        indexRegistry: searchIndexRegistryExtensionPoint,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        catalog: catalogServiceRef,
      },
      async init({
        indexRegistry,
        config,
        scheduler,
        discovery,
        auth,
        logger,
        catalog,
      }) {
        const key = 'search.collators.dashboardHealth.schedule';
        const schedule = config.has(key)
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              config.getConfig(key),
            )
          : {
              frequency: { minutes: 10 },
              timeout: { minutes: 15 },
              initialDelay: { seconds: 30 },
            };
        indexRegistry.addCollator({
          schedule: scheduler.createScheduledTaskRunner(schedule),
          factory: new DashboardHealthCollatorFactory({
            catalog,
            auth,
            discovery,
            logger,
          }),
        });
      },
    });
  },
});

import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  catalogProcessingExtensionPoint,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import {
  readSupersetInstances,
  SupersetClient,
} from '@dashboard-health/superset-client';
import { readSupersetProviderConfig } from './config';
import { OwnerResolver } from './entity/ownerResolver';
import { catalogEntityNames } from './provider/currentEntities';
import { SupersetEntityProvider } from './provider/SupersetEntityProvider';

/**
 * Registers one Superset entity provider, and one scheduled sync task, per configured Superset instance.
 *
 * @public
 */
export const catalogModuleSuperset = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'superset',
  register(env) {
    env.registerInit({
      deps: {
        catalogProcessing: catalogProcessingExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({
        catalogProcessing,
        catalog,
        auth,
        config,
        logger,
        scheduler,
      }) {
        // Both throw with the offending key named, so bad config stops the backend at startup.
        const instances = readSupersetInstances(config);
        const providerConfig = readSupersetProviderConfig(config);
        const owners = new OwnerResolver(
          providerConfig.ownerMapping,
          providerConfig.defaultOwner,
        );
        const currentEntityNames = catalogEntityNames({ catalog, auth });

        for (const instance of instances) {
          const provider = new SupersetEntityProvider({
            instance,
            source: new SupersetClient({ instance, logger }),
            owners,
            maxRemovalShare: providerConfig.maxRemovalShare,
            currentEntityNames,
            taskRunner: scheduler.createScheduledTaskRunner(
              providerConfig.schedule,
            ),
            logger,
          });
          catalogProcessing.addEntityProvider(provider);
        }
      },
    });
  },
});

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { dashboardHealthPermissions } from '@dashboard-health/plugin-dashboard-health-common';
import { readSupersetInstances } from '@dashboard-health/superset-client';
import { registerActions } from './actions/registerActions';
import { CatalogDashboards } from './catalog/CatalogDashboards';
import { systemClock } from './clock';
import { readDashboardHealthConfig } from './config';
import { applyMigrations } from './database/migrations';
import { createEngine, createEngineStores } from './engine/createEngine';
import { createEngineMetrics } from './metrics/EngineMetrics';
import { HealthNotifier } from './notifications/HealthNotifier';
import { notifyOwners } from './notifications/notifyOwners';
import { applyRetention } from './retention/applyRetention';
import { scheduleDemoPolicy } from './scheduling/demoPolicyTask';
import { scheduleEngineTasks } from './scheduling/tasks';
import { createRouter } from './service/router';
import { createValidationEngine } from './validation/createValidationEngine';

/**
 * Dashboard Health backend plugin: wiring only — services in, stores, engine, tasks and routes out.
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
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        database: coreServices.database,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        lifecycle: coreServices.lifecycle,
        catalog: catalogServiceRef,
        notifications: notificationService,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const { config, logger } = deps;
        const settings = readDashboardHealthConfig(config);
        const instances = readSupersetInstances(config);

        deps.permissionsRegistry.addPermissions(dashboardHealthPermissions);
        const clock = systemClock;
        const stores = createEngineStores(await applyMigrations(deps.database));
        const { policies, plans, runs, records } = stores;
        const dashboards = new CatalogDashboards(deps.catalog, deps.auth);
        const metrics = createEngineMetrics({
          queueDepth: () => runs.dueCounts(),
        });
        const notify = notifyOwners({
          notifier: new HealthNotifier({
            notifications: deps.notifications,
            records,
            logger,
          }),
          policies,
        });
        const { planner, dispatcher, forecaster } = createEngine({
          stores,
          clock,
          executor: createValidationEngine({
            config,
            instances,
            settings,
            policies,
            records,
            clock,
            logger,
          }),
          loadEntity: ref => dashboards.loadDashboard(ref),
          resolveDashboards: policy => dashboards.resolvePolicy(policy),
          // Runs of an environment that is no longer configured stay queued until they are missed.
          environmentCaps: new Map(
            instances.map(i => [i.id, i.maxConcurrency]),
          ),
          gracePeriodMs: settings.gracePeriodMs,
          leaseDurationMs: settings.leaseDurationMs,
          runTimeoutMs: settings.runTimeoutMs,
          minSpacingSeconds: settings.minSpacingSeconds,
          defaultDurationSeconds: settings.defaultDurationSeconds,
          logger,
          metrics,
          onPlanError: () => metrics.planFailed(),
          onRecord: async (record, run, entity) => {
            metrics.llmReviewed(run.environment, {
              tokens: record.llm.totalTokens,
              failed: record.llm.failedReason !== undefined,
            });
            await notify(record, run, entity);
          },
        });
        deps.lifecycle.addShutdownHook(() => dispatcher.shutdown());
        await scheduleEngineTasks({
          scheduler: deps.scheduler,
          planner,
          dispatcher,
          plannerFrequency: settings.plannerFrequency,
          dispatcherFrequency: settings.dispatcherFrequency,
          applyRetention: () =>
            applyRetention({
              runs,
              plans,
              records,
              knownDashboards: () => dashboards.allDashboardRefs(),
              clock,
              retentionDays: settings.retentionDays,
              logger,
            }),
          logger,
        });

        await scheduleDemoPolicy(deps.scheduler, {
          config: settings.demoPolicy,
          environments: instances.map(i => i.id),
          environmentDashboards: instance =>
            dashboards.environmentDashboardRefs(instance),
          policies,
          planner,
          clock,
          logger,
        });

        const context = {
          httpAuth: deps.httpAuth,
          permissions: deps.permissions,
          logger,
          clock,
          policies,
          plans,
          runs,
          records,
          planner,
          dispatcher,
          forecaster,
          dashboards,
          environments: instances.map(i => i.id),
          gracePeriodMs: settings.gracePeriodMs,
          minSpacingSeconds: settings.minSpacingSeconds,
        };
        deps.httpRouter.use(await createRouter(context));
        registerActions(deps.actionsRegistry, context);
      },
    });
  },
});

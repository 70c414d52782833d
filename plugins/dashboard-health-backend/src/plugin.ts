import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import { dashboardHealthPermissions } from '@internal/plugin-dashboard-health-common';
import {
  readSupersetInstances,
  SupersetClient,
} from '@internal/superset-client';
import { CatalogDashboards } from './catalog/CatalogDashboards';
import { systemClock } from './clock';
import { readDashboardHealthConfig } from './config';
import { DatabasePolicyStore } from './database/DatabasePolicyStore';
import { DatabaseRecordStore } from './database/DatabaseRecordStore';
import { DatabaseRunStore } from './database/DatabaseRunStore';
import { applyMigrations } from './database/migrations';
import { registerActions } from './actions/registerActions';
import { createEngineMetrics } from './metrics/EngineMetrics';
import { HealthNotifier } from './notifications/HealthNotifier';
import { Dispatcher } from './scheduling/Dispatcher';
import { PolicyPlanner } from './scheduling/PolicyPlanner';
import { scheduleEngineTasks } from './scheduling/tasks';
import { createRouter } from './service/router';
import { OpenAiReviewer } from './validation/llm/OpenAiReviewer';
import { readLlmConfig } from './validation/llm/readLlmConfig';
import { ValidationEngine } from './validation/ValidationEngine';

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
        const caps = new Map(instances.map(i => [i.id, i.maxConcurrency]));

        deps.permissionsRegistry.addPermissions(dashboardHealthPermissions);
        const db = await applyMigrations(deps.database);
        const clock = systemClock;
        const policies = new DatabasePolicyStore(db);
        const runs = new DatabaseRunStore(db);
        const records = new DatabaseRecordStore(db);
        const dashboards = new CatalogDashboards(deps.catalog, deps.auth);

        const planner = new PolicyPlanner({
          policies,
          runs,
          resolveDashboards: policy => dashboards.resolvePolicy(policy),
          clock,
          gracePeriodMs: settings.gracePeriodMs,
          minSpacingSeconds: settings.minSpacingSeconds,
          logger,
        });
        const llm = readLlmConfig(config);
        if (!llm) {
          logger.info(
            'No dashboardHealth.llm.apiKey configured: validations run deterministic checks only',
          );
        }
        const engine = new ValidationEngine({
          instances: new Map(
            instances.map(instance => [
              instance.id,
              {
                source: new SupersetClient({ instance, logger }),
                baseUrl: instance.baseUrl,
              },
            ]),
          ),
          policies,
          records,
          reviewer: llm ? new OpenAiReviewer({ ...llm, logger }) : undefined,
          clock,
          chartConcurrency: settings.chartConcurrency,
          chartTimeoutMs: settings.chartTimeoutMs,
          logger,
        });
        const metrics = createEngineMetrics({
          queueDepth: () => runs.dueCounts(clock.now()),
        });
        const notifier = new HealthNotifier({
          notifications: deps.notifications,
          records,
          logger,
        });
        const dispatcher = new Dispatcher({
          runs,
          executor: engine,
          loadEntity: ref => dashboards.loadDashboard(ref),
          clock,
          leaseOwner: `dashboard-health-${crypto.randomUUID()}`,
          leaseDurationMs: settings.leaseDurationMs,
          runTimeoutMs: settings.runTimeoutMs,
          // Runs of an environment that is no longer configured stay queued until they are missed.
          environmentCap: environment => caps.get(environment) ?? 0,
          logger,
          metrics,
          onRecord: async (record, run, entity) => {
            metrics.llmReviewed(run.environment, {
              tokens: record.llm.totalTokens,
              failed: record.llm.failedReason !== undefined,
            });
            // Manual runs follow the default: the owner hears about regressions and recoveries.
            const policy = run.policyId
              ? await policies.get(run.policyId)
              : undefined;
            await notifier.recordStored(
              record,
              policy?.notify ?? 'regressions',
              entity.metadata.title ?? entity.metadata.name,
            );
          },
        });
        deps.lifecycle.addShutdownHook(() => dispatcher.shutdown());
        await scheduleEngineTasks({
          scheduler: deps.scheduler,
          planner,
          dispatcher,
          plannerFrequency: settings.plannerFrequency,
          dispatcherFrequency: settings.dispatcherFrequency,
          applyRetention: async () => {
            const known = await dashboards.allDashboardRefs();
            const cutoff = new Date(
              clock.now().getTime() - settings.retentionDays * 86_400_000,
            );
            const pruned = await runs.prune(cutoff);
            logger.info(
              `Retention deleted ${pruned.runs} finished runs and ${pruned.plans} past plans`,
            );
            return records.prune(cutoff, ref => known.has(ref));
          },
          logger,
        });

        const context = {
          httpAuth: deps.httpAuth,
          permissions: deps.permissions,
          logger,
          clock,
          policies,
          runs,
          records,
          planner,
          dispatcher,
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

import { LoggerService, SchedulerService } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';
import { Dispatcher } from './Dispatcher';
import { PolicyPlanner } from './PolicyPlanner';

/**
 * A fixed set of scheduler tasks, whatever the number of dashboards: the planner, the dispatcher and the
 * retention are global (one replica at a time), the heartbeat is local (each replica keeps its own runs'
 * leases).
 */
export async function scheduleEngineTasks(options: {
  scheduler: SchedulerService;
  planner: PolicyPlanner;
  dispatcher: Dispatcher;
  plannerFrequency: HumanDuration;
  dispatcherFrequency: HumanDuration;
  /** Deletes old records; returns how many. */
  applyRetention: () => Promise<number>;
  logger: LoggerService;
}) {
  const { scheduler, planner, dispatcher, logger } = options;
  await scheduler.scheduleTask({
    id: 'dashboard-health-planner',
    scope: 'global',
    frequency: options.plannerFrequency,
    timeout: { minutes: 10 },
    initialDelay: { seconds: 5 },
    fn: async () => {
      const planned = await planner.planAll();
      if (planned > 0)
        logger.info(`Planner materialised ${planned} window dates`);
    },
  });
  await scheduler.scheduleTask({
    id: 'dashboard-health-dispatcher',
    scope: 'global',
    frequency: options.dispatcherFrequency,
    // A tick only claims and starts runs (they execute in the background), so it is short. The timeout is
    // also how long the task stays locked when a backend dies mid-tick, so it is kept small.
    timeout: { seconds: 30 },
    fn: async () => {
      await dispatcher.tick();
    },
  });
  await scheduler.scheduleTask({
    id: 'dashboard-health-retention',
    scope: 'global',
    frequency: { hours: 24 },
    timeout: { hours: 1 },
    initialDelay: { minutes: 5 },
    fn: async () => {
      const deleted = await options.applyRetention();
      logger.info(`Retention deleted ${deleted} validation records`);
    },
  });
  await scheduler.scheduleTask({
    id: 'dashboard-health-heartbeat',
    scope: 'local',
    frequency: options.dispatcherFrequency,
    timeout: { minutes: 1 },
    fn: async () => {
      await dispatcher.heartbeat();
    },
  });
}

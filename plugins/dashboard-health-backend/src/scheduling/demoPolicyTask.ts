import { SchedulerService } from '@backstage/backend-plugin-api';
import { DemoPolicyOptions, ensureDemoPolicies } from './demoPolicy';

/**
 * With `dashboardHealth.demoPolicy.enabled`: tries every 15 s until the catalog has the demo dashboards and
 * the demo policies are in place; afterwards each call is a no-op. Global, so one replica writes them.
 */
export async function scheduleDemoPolicy(
  scheduler: SchedulerService,
  options: DemoPolicyOptions,
): Promise<void> {
  if (!options.config.enabled) return;
  let done = false;
  await scheduler.scheduleTask({
    id: 'dashboard-health-demo-policy',
    scope: 'global',
    frequency: { seconds: 15 },
    timeout: { minutes: 1 },
    initialDelay: { seconds: 5 },
    fn: async () => {
      if (done) return;
      done = await ensureDemoPolicies(options);
    },
  });
}

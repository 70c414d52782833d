import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  search?: {
    collators?: {
      /** Indexes one `dashboard-health` document per Superset dashboard with its latest health. */
      dashboardHealth?: {
        /** Default: every 10 minutes, timeout 15 minutes. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}

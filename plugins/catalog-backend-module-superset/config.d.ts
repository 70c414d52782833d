import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  catalog?: {
    providers?: {
      /**
       * Syncs the dashboards of every instance under `superset.instances` into the catalog as
       * `kind: Resource`, `spec.type: dashboard`. One entity provider (and one scheduled task) per instance.
       */
      superset?: {
        /** How often each instance is synced. Default: every 30 minutes, timeout 10 minutes. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * The owner given to dashboards none of whose Superset owners is mapped, e.g.
         * `group:default/data-platform`. Default: `group:default/data-platform`.
         */
        defaultOwner?: string;
        /**
         * Maps Superset owners to Backstage users or groups. A dashboard's `spec.owner` is the first of its
         * Superset owners (in Superset's order) that has a mapping. Match by the owner's email (as Superset's
         * related-owners endpoint reports it) or by their full name ("First Last"), case-insensitively.
         */
        ownerMapping?: Array<{
          email?: string;
          name?: string;
          /** An entity ref such as `group:default/finance-analytics` or `user:default/ana.lima`. */
          owner: string;
        }>;
        /**
         * The deletion guard: a sync that would remove more than this share of the provider's entities is not
         * applied (logged, catalog left untouched). Between 0 and 1. Default 0.5.
         */
        maxRemovalShare?: number;
      };
    };
  };
}

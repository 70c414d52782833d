import { createApiRef } from '@backstage/core-plugin-api';
import { DashboardHealthApi } from '@dashboard-health/plugin-dashboard-health-common';

// The API's shape is defined once, in -common, beside the client the search collator uses too.
export type { DashboardHealthApi };

/**
 * The frontend's reference to the {@link @dashboard-health/plugin-dashboard-health-common#DashboardHealthApi}.
 *
 * @public
 */
export const dashboardHealthApiRef = createApiRef<DashboardHealthApi>({
  id: 'plugin.dashboard-health.service',
});

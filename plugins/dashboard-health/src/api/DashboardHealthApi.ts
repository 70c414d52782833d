import { createApiRef } from '@backstage/core-plugin-api';
import {
  PlanPreviewRequest,
  PlanPreviewResponse,
} from '@internal/plugin-dashboard-health-common';

/** Typed access to the dashboard-health backend; every type comes from -common. */
export interface DashboardHealthApi {
  /** The slots a window would give these dashboards (`POST /plan/preview`). */
  previewPlan(request: PlanPreviewRequest): Promise<PlanPreviewResponse>;
}

export const dashboardHealthApiRef = createApiRef<DashboardHealthApi>({
  id: 'plugin.dashboard-health.service',
});

import {
  isWindowDay,
  Window,
  WindowPlanError,
  windowBounds,
} from '@dashboard-health/plugin-dashboard-health-common';
import { PlannedRunRef } from '../database/PlanStore';

/** Whether a policy as it is now would have planned this run: one of its dashboards, on a window day, in the window. */
export function fitsCurrentWindow(
  window: Window,
  dashboards: ReadonlySet<string>,
  run: PlannedRunRef,
): boolean {
  if (!dashboards.has(run.entityRef)) return false;
  if (!isWindowDay(window, run.planDate)) return false;
  try {
    const bounds = windowBounds(window, run.planDate);
    const at = run.plannedAt.getTime();
    return at >= bounds.start.toMillis() && at <= bounds.end.toMillis();
  } catch (error) {
    if (error instanceof WindowPlanError) return false;
    throw error;
  }
}

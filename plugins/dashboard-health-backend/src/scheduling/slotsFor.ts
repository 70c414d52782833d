import { LoggerService } from '@backstage/backend-plugin-api';
import {
  planWindow,
  ValidationPolicy,
  WindowPlan,
  WindowPlanError,
} from '@dashboard-health/plugin-dashboard-health-common';
import { PlanFrame } from './planFrame';

/**
 * The slots of the dashboards left to run on a window date: over the whole window, or over what is left of
 * it once it has opened. Undefined when the date cannot be planned (logged).
 */
export function slotsFor(
  policy: ValidationPolicy,
  date: string,
  entityRefs: string[],
  now: Date,
  frame: PlanFrame,
  options: {
    minSpacingSeconds?: number;
    /** Weighted spacing's costs; without them the slots are even. */
    costs?: ReadonlyMap<string, number>;
    logger: LoggerService;
  },
): Pick<WindowPlan, 'slots' | 'spacingSeconds'> | undefined {
  if (entityRefs.length === 0) return { slots: [], spacingSeconds: 0 };
  const notBefore =
    now.getTime() > frame.windowStart.getTime() ? now : undefined;
  const plan = (minSpacingSeconds?: number) =>
    planWindow({
      window: policy.window,
      date,
      entityRefs,
      minSpacingSeconds,
      notBefore,
      costs: options.costs,
    });
  try {
    return plan(options.minSpacingSeconds);
  } catch (error) {
    if (!(error instanceof WindowPlanError)) throw error;
    if (error.code === 'window-over') return undefined;
    if (error.code !== 'too-dense') {
      options.logger.error(
        `Policy ${policy.id} (${policy.name}) cannot be planned for ${date}: ${error.message}`,
      );
      return undefined;
    }
    // Only a mid-window edit gets here (the API refuses dense windows): what is left of the window is too
    // short for the spacing. Plan tighter; the concurrency cap still protects Superset.
    options.logger.warn(
      `Policy ${policy.id} (${policy.name}) on ${date}: ${error.message}; planning with less spacing`,
    );
    return plan(0);
  }
}

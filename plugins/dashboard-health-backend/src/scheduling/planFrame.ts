import {
  ValidationPolicy,
  WindowPlanError,
  windowBounds,
} from '@dashboard-health/plugin-dashboard-health-common';

/** Where one window date of a policy sits in time, and the deadline (end plus grace) of its runs. */
export function planFrame(
  policy: ValidationPolicy,
  date: string,
  now: Date,
  gracePeriodMs: number,
) {
  let windowStart: Date;
  let windowEnd: Date;
  try {
    const bounds = windowBounds(policy.window, date);
    windowStart = bounds.start.toJSDate();
    windowEnd = bounds.end.toJSDate();
  } catch (error) {
    // A window that does not exist on this date (DST gap) has nothing to plan: an empty frame.
    if (!(error instanceof WindowPlanError)) throw error;
    windowStart = windowEnd = now;
  }
  return {
    policyId: policy.id,
    planDate: date,
    environment: policy.environment,
    policyVersion: policy.updatedAt,
    windowStart,
    windowEnd,
    deadline: new Date(windowEnd.getTime() + gracePeriodMs),
    now,
  };
}

export type PlanFrame = ReturnType<typeof planFrame>;

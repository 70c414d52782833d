import { PolicyPlanResponse } from '@dashboard-health/plugin-dashboard-health-common';

/** How long after a window's end runs may still start (the dispatcher's default grace) and be worth watching. */
export const LIVE_AFTER_END_MS = 30 * 60_000;

function open(start: string | null, end: string | null, now: number): boolean {
  if (!start || !end) return false;
  return (
    now >= Date.parse(start) - 60_000 &&
    now <= Date.parse(end) + LIVE_AFTER_END_MS
  );
}

/**
 * Whether the plan is still changing: its window (or a "Validate now" batch) is open or just closed, or a
 * run is going. Then the page reloads it every few seconds.
 */
export function isPlanLive(plan: PolicyPlanResponse, now: number): boolean {
  const slots = [...plan.slots, ...(plan.validateNow?.slots ?? [])];
  if (slots.some(slot => slot.status === 'running')) return true;
  if (open(plan.windowStart, plan.windowEnd, now)) return true;
  const batch = plan.validateNow;
  return Boolean(batch && open(batch.windowStart, batch.windowEnd, now));
}

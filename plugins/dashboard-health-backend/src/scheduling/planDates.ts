import {
  nextWindowDate,
  Window,
  windowBounds,
} from '@dashboard-health/plugin-dashboard-health-common';

/**
 * The window dates a policy has materialised at `now`: the occurrence open now (or opening next) and the
 * one after it, so tomorrow's slots are visible to owners before tonight's window closes.
 */
export function datesToPlan(window: Window, now: Date): string[] {
  const first = nextWindowDate(window, now);
  const afterFirst = new Date(windowBounds(window, first).end.toMillis());
  const second = nextWindowDate(window, afterFirst);
  return first === second ? [first] : [first, second];
}

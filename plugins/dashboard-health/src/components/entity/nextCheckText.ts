import { NextRun } from '@dashboard-health/plugin-dashboard-health-common';
import { formatInstant, formatWindow } from '../shared';

/**
 * One line about the next planned check: the instant in the viewer's zone, and the policy's window in its
 * own zone, because the two can differ ("Next check today 02:24 — window 01:00–05:00 Europe/Berlin,
 * policy Nightly prod"). Manual runs have no policy, so they say so instead.
 */
export function nextCheckText(nextRun: NextRun | null, now?: Date): string {
  if (!nextRun) return 'No check planned';
  const when =
    nextRun.status === 'running'
      ? `Check running now (planned ${formatInstant(nextRun.plannedAt, now)})`
      : `Next check ${formatInstant(nextRun.plannedAt, now)}`;
  if (!nextRun.policy) return `${when} — manual run`;
  return `${when} — window ${formatWindow(nextRun.policy.window)}, policy ${
    nextRun.policy.name
  }`;
}

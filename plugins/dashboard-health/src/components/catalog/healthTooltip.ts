import { formatInstant } from '../shared';
import { DashboardHealthLookup } from './HealthBatchLoader';

/** What hovering a status chip in a list explains: the worst problem, or when the first check comes. */
export function healthTooltip(
  health: DashboardHealthLookup,
  now: Date = new Date(),
): string {
  if (!health.summary) {
    return health.nextRunAt
      ? `Not checked yet; next check ${formatInstant(health.nextRunAt, now)}`
      : 'Not checked yet; no check planned';
  }
  return health.summary.topIssue ?? health.summary.summary;
}

import {
  Issue,
  Severity,
} from '@dashboard-health/plugin-dashboard-health-common';

/** How many issues of each severity, every severity present (0 when none). */
export function countIssues(issues: Issue[]): Record<Severity, number> {
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const issue of issues) counts[issue.severity] += 1;
  return counts;
}

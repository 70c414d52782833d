import {
  Issue,
  SEVERITIES,
} from '@dashboard-health/plugin-dashboard-health-common';

/** Issues with the most severe first, keeping the backend's order within a severity. */
export function sortIssues(issues: Issue[]): Issue[] {
  const rank = (issue: Issue) => SEVERITIES.indexOf(issue.severity);
  return [...issues].sort((a, b) => rank(a) - rank(b));
}

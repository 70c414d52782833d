import { Issue } from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardFacts } from '../facts/types';

/** Names listed in the message; the rest are counted. */
const NAMED = 20;

/**
 * One warning naming the charts the validation's time budget left unchecked: a dashboard of 200 charts
 * is then "partly checked", said, rather than a run that timed out with nothing to show.
 */
export function notCheckedIssue(facts: DashboardFacts): Issue | undefined {
  const skipped = facts.charts.filter(c => c.outcome === 'not-checked');
  if (skipped.length === 0) return undefined;
  const names = skipped.slice(0, NAMED).map(c => `"${c.name}" (${c.id})`);
  const more =
    skipped.length > NAMED ? ` and ${skipped.length - NAMED} more` : '';
  return {
    severity: 'warning',
    code: 'charts-not-checked',
    source: 'check',
    message: `${skipped.length} of ${
      facts.charts.length
    } charts were not checked within the validation's time budget: ${names.join(
      ', ',
    )}${more}.`,
    suggestion:
      'Raise dashboardHealth.validation.dashboardBudget or chartConcurrency, or look at why the charts answer slowly.',
  };
}

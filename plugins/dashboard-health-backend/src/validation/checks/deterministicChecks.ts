import {
  Issue,
  RecordStatus,
} from '@dashboard-health/plugin-dashboard-health-common';
import { ChartFacts, DashboardFacts } from '../facts/types';
import { freshnessIssue } from './freshnessCheck';
import { notCheckedIssue } from './notCheckedIssue';

export interface CheckOptions {
  /** How old a chart's latest data may be, beyond one bucket of its time grain. */
  maxStalenessMs: number;
}

/** Deterministic findings, in chart order; the same facts always give the same issues. */
export function runChecks(
  facts: DashboardFacts,
  options: CheckOptions,
): Issue[] {
  const issues: Issue[] = [];
  if (facts.charts.length === 0) {
    issues.push({
      severity: 'info',
      code: 'no-charts',
      source: 'check',
      message: 'The dashboard has no charts, so there is nothing to validate.',
      suggestion: 'Add charts to the dashboard or remove it from the policy.',
    });
  }
  for (const chart of facts.charts) {
    const issue = checkChart(chart, facts, options);
    if (issue)
      issues.push({
        ...issue,
        source: 'check',
        chartId: chart.id,
        chartName: chart.name,
        chartUrl: chart.url,
      });
  }
  const skipped = notCheckedIssue(facts);
  if (skipped) issues.push(skipped);
  return issues;
}

export type ChartIssue = Omit<
  Issue,
  'source' | 'chartId' | 'chartName' | 'chartUrl'
>;

function checkChart(
  chart: ChartFacts,
  facts: DashboardFacts,
  options: CheckOptions,
): ChartIssue | undefined {
  const dataset = chart.datasetName ? ` (dataset ${chart.datasetName})` : '';
  switch (chart.outcome) {
    case 'query-error':
      return {
        severity: 'critical',
        code: 'chart-query-error',
        message: `The chart's query fails${dataset}: ${chart.message}`,
        suggestion:
          'Open the chart in Superset; the dataset probably references a column, table or metric that changed in the warehouse.',
      };
    case 'no-query-context':
      return {
        severity: 'warning',
        code: 'chart-no-query-context',
        message:
          'The chart has no saved query context, so its data cannot be checked.',
        suggestion:
          'Open the chart in Superset and save it once; that stores its query context.',
      };
    case 'access-denied':
      return {
        severity: 'warning',
        code: 'chart-access-denied',
        message: `The validation account may not read this chart's data${dataset}: ${chart.message}`,
        suggestion:
          "Grant the service account access to the chart's datasource, or the check stays blind.",
      };
    case 'timeout':
      return {
        severity: 'warning',
        code: 'chart-timeout',
        message: `The chart's query did not answer in time: ${chart.message}`,
        suggestion:
          'The query may be too slow for viewers too; check its performance in Superset.',
      };
    case 'async-not-awaited':
      return {
        severity: 'info',
        code: 'chart-async-not-awaited',
        message:
          chart.message ??
          'The chart runs asynchronously; its result was not awaited.',
      };
    case 'not-found':
      return {
        severity: 'warning',
        code: 'chart-not-found',
        message: 'The dashboard lists a chart Superset no longer has.',
        suggestion: 'Remove the missing chart from the dashboard layout.',
      };
    case 'superset-error':
      return {
        severity: 'warning',
        code: 'chart-superset-error',
        message: `Superset failed to answer for this chart: ${chart.message}`,
      };
    case 'ok':
      return checkData(chart, facts, options);
    default:
      return undefined;
  }
}

function checkData(
  chart: ChartFacts,
  facts: DashboardFacts,
  options: CheckOptions,
): ChartIssue | undefined {
  if (chart.rowCount === 0) {
    return {
      severity: 'warning',
      code: 'chart-no-data',
      message: 'The chart returns no rows, so viewers see an empty chart.',
      suggestion:
        'Check its filters and time range, and whether the upstream table is still being loaded.',
    };
  }
  return freshnessIssue(chart, facts.gatheredAt, options.maxStalenessMs);
}

/** pass without issues, warn with warnings, fail with a critical one. */
export function statusOfIssues(issues: readonly Issue[]): RecordStatus {
  if (issues.some(i => i.severity === 'critical')) return 'fail';
  if (issues.some(i => i.severity === 'warning')) return 'warn';
  return 'pass';
}

/** A plain-words summary of the deterministic result. */
export function summarize(
  facts: DashboardFacts,
  issues: readonly Issue[],
): string {
  const total = facts.charts.length;
  const count = (code: string) => issues.filter(i => i.code === code).length;
  const notChecked = facts.charts.filter(
    c => c.outcome === 'not-checked',
  ).length;
  const parts = [
    [count('chart-query-error'), 'failing query', 'failing queries'],
    [count('chart-no-data'), 'empty chart', 'empty charts'],
    [count('stale-data'), 'chart with stale data', 'charts with stale data'],
    [
      issues.filter(i => i.chartId !== undefined && i.severity !== 'info')
        .length -
        count('chart-query-error') -
        count('chart-no-data') -
        count('stale-data'),
      'other chart problem',
      'other chart problems',
    ],
    [
      count('freshness-unknown'),
      'chart of unknown freshness',
      'charts of unknown freshness',
    ],
    [notChecked, 'chart not checked in time', 'charts not checked in time'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  if (total === 0) return `"${facts.dashboard.title}" has no charts.`;
  if (parts.length === 0)
    return `All ${total} charts of "${facts.dashboard.title}" returned current data.`;
  return `"${facts.dashboard.title}": ${parts.join(
    ', ',
  )} among ${total} charts.`;
}

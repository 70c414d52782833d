import { ChartFacts } from '../facts/types';
import { grainMs } from './timeGrain';
import type { ChartIssue } from './deterministicChecks';

/**
 * How fresh an `ok` chart with rows is: stale when its newest data (its own time column, or its
 * dataset's when it has none) is older than the limit plus one bucket of its grain; an info note when
 * nothing tells, so "no finding" never stands for "fresh" unchecked.
 */
export function freshnessIssue(
  chart: ChartFacts,
  gatheredAt: string,
  maxStalenessMs: number,
): ChartIssue | undefined {
  if (chart.freshnessUnknown) {
    return {
      severity: 'info',
      code: 'freshness-unknown',
      message: `How fresh this chart's data is cannot be told: ${chart.freshnessUnknown}.`,
      suggestion:
        'Set the dataset\'s main datetime column in Superset, or name one with the entity annotation "dashboard-health/freshness-column".',
    };
  }
  if (!chart.latestDataAt) return undefined;
  const ageMs = Date.parse(gatheredAt) - Date.parse(chart.latestDataAt);
  if (ageMs <= maxStalenessMs + grainMs(chart.timeGrain, chart.latestDataAt)) {
    return undefined;
  }
  const from = chart.freshnessFrom
    ? ` in ${chart.freshnessFrom.dataset}.${chart.freshnessFrom.column}`
    : '';
  return {
    severity: 'warning',
    code: 'stale-data',
    message: `The newest data${from} is from ${chart.latestDataAt.slice(
      0,
      10,
    )}, ${formatAge(ageMs)} old (limit ${formatAge(maxStalenessMs)}).`,
    suggestion:
      'Check the pipeline that loads the underlying table; it may have stopped.',
  };
}

export function formatAge(ms: number): string {
  const hours = ms / 3_600_000;
  return hours >= 48
    ? `${Math.floor(hours / 24)} days`
    : `${Math.round(hours)} hours`;
}

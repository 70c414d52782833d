import { Issue } from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardFacts } from '../facts/types';

/** Superset error messages can carry whole stack traces; the gist fits in this much. */
export const MAX_MESSAGE_CHARS = 500;

function clip(text: string | undefined): string | undefined {
  if (text === undefined || text.length <= MAX_MESSAGE_CHARS) {
    return text;
  }
  return `${text.slice(0, MAX_MESSAGE_CHARS - 1)}…`;
}

/**
 * The facts as the model sees them. Links are left out: they do not help a review, they cost tokens
 * on every chart, and a Superset link may carry credentials (`https://user:pass@…`, `?token=`) that
 * must never reach a third party. Long messages are clipped so a hundred charts stay affordable.
 */
export function promptFacts(facts: DashboardFacts) {
  const { url: _dashboardUrl, ...dashboard } = facts.dashboard;
  return {
    environment: facts.environment,
    gatheredAt: facts.gatheredAt,
    dashboard,
    charts: facts.charts.map(({ url: _chartUrl, message, ...chart }) => ({
      ...chart,
      ...(message === undefined ? {} : { message: clip(message) }),
    })),
  };
}

/** The deterministic findings, without `source` (all are checks) to keep the prompt small. */
export function promptFindings(issues: Issue[]) {
  return issues.map(({ source: _source, message, suggestion, ...issue }) => ({
    ...issue,
    message: clip(message),
    ...(suggestion === undefined ? {} : { suggestion: clip(suggestion) }),
  }));
}

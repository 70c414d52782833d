import { SupersetApiError } from '@dashboard-health/superset-client';
import { ChartOutcome } from './types';

const NO_QUERY_CONTEXT = /has no query context saved/i;

/**
 * Classifies a failed chart-data call. The chart's failure is a fact about the dashboard, not a crash of
 * the run, so every Superset answer maps to an outcome; only the run's own abort is rethrown by the caller.
 */
export function chartFailureOutcome(error: unknown): {
  outcome: ChartOutcome;
  message: string;
} {
  if (!(error instanceof SupersetApiError)) {
    return { outcome: 'superset-error', message: String(error) };
  }
  const message = error.supersetMessage;
  if (error.kind === 'timeout') return { outcome: 'timeout', message };
  if (error.kind !== 'http') return { outcome: 'superset-error', message };
  switch (error.status) {
    case 400:
      return NO_QUERY_CONTEXT.test(message)
        ? { outcome: 'no-query-context', message }
        : { outcome: 'query-error', message };
    case 401:
    case 403:
      return { outcome: 'access-denied', message };
    case 404:
      return { outcome: 'not-found', message };
    default:
      return { outcome: 'superset-error', message };
  }
}

import {
  Run,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';

/**
 * The record of a run that ended without a validation (timeout, exception, dashboard gone, interrupted):
 * status `error` with the reason as its summary, so the dashboard's latest outcome says it could not be
 * checked instead of still showing the last result as current.
 */
export function errorRecord(
  run: Pick<Run, 'id' | 'entityRef' | 'environment' | 'policyId' | 'startedAt'>,
  reason: string,
  finishedAt: Date,
  id = `rec-${crypto.randomUUID()}`,
): ValidationRecord {
  const startedAt = run.startedAt ? new Date(run.startedAt) : finishedAt;
  return {
    id,
    entityRef: run.entityRef,
    environment: run.environment,
    policyId: run.policyId,
    runId: run.id,
    status: 'error',
    summary: reason,
    issues: [],
    facts: { chartCount: 0, failedCharts: 0, emptyCharts: 0, staleCharts: 0 },
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    durationMs: Math.max(0, finishedAt.getTime() - startedAt.getTime()),
    llm: { skippedReason: 'the run did not complete a validation' },
  };
}

import {
  PolicyPlanSlot,
  Run,
} from '@dashboard-health/plugin-dashboard-health-common';
import { UseCaseContext } from './UseCaseContext';

/**
 * Runs as a timeline draws them: planned time, start, end, outcome (the record's status) and the duration
 * the forecast expects of the dashboard.
 */
export async function planSlots(
  context: Pick<UseCaseContext, 'plans' | 'forecaster'>,
  runs: readonly Run[],
): Promise<PolicyPlanSlot[]> {
  const recordIds = runs.flatMap(run => (run.recordId ? [run.recordId] : []));
  const [outcomes, expected] = await Promise.all([
    context.plans.recordStatuses(recordIds),
    context.forecaster.expectedSeconds(runs.map(run => run.entityRef)),
  ]);
  return runs.map(run => ({
    entityRef: run.entityRef,
    plannedAt: run.plannedAt,
    runId: run.id,
    status: run.status,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    reason: run.reason,
    trigger: run.trigger,
    recordId: run.recordId,
    outcome: (run.recordId && outcomes.get(run.recordId)) || null,
    expectedSeconds:
      expected.get(run.entityRef) ?? context.forecaster.defaultDurationSeconds,
  }));
}

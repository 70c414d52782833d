import { Entity } from '@backstage/catalog-model';
import {
  Run,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';

/** What a validation produces; the dispatcher adds the ids that tie it to its run. */
export type ValidationOutcome = Omit<
  ValidationRecord,
  'id' | 'entityRef' | 'environment' | 'policyId' | 'runId'
>;

/**
 * What one run executes: from a dashboard entity and its Superset environment to a record. The validation
 * engine is the real implementation; the engine's own tests use test executors. Implementations must honour
 * `signal` (run timeout, shutdown) and should record Superset faults in the outcome rather than throw; a throw
 * ends the run `error` with the message as reason.
 */
export interface RunExecutor {
  execute(request: {
    run: Run;
    entity: Entity;
    environment: string;
    signal: AbortSignal;
  }): Promise<ValidationOutcome>;
}

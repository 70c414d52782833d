import { Entity } from '@backstage/catalog-model';
import {
  Run,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import { PolicyStore } from '../database/PolicyStore';
import { HealthNotifier } from './HealthNotifier';

/**
 * The after-record step of a run: the owner hears about it as the run's policy says (`notify`); manual runs
 * follow the default, regressions and recoveries.
 */
export function notifyOwners(options: {
  notifier: HealthNotifier;
  policies: PolicyStore;
}) {
  return async (record: ValidationRecord, run: Run, entity: Entity) => {
    const policy = run.policyId
      ? await options.policies.get(run.policyId)
      : undefined;
    await options.notifier.recordStored(
      record,
      policy?.notify ?? 'regressions',
      entity.metadata.title ?? entity.metadata.name,
    );
  };
}

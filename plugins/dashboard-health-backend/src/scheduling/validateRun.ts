import { Entity } from '@backstage/catalog-model';
import {
  Run,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import { Clock } from '../clock';
import { RunOutcome } from '../database/RunStore';
import { errorRecord } from '../records/errorRecord';
import { EntityLoader } from './Dispatcher';
import { RunExecutor } from './RunExecutor';

const messageOf = (error: unknown) =>
  (error as Error)?.message ?? String(error);

const RUN_STATUS = {
  pass: 'succeeded',
  warn: 'succeeded',
  fail: 'failed',
  error: 'error',
} as const;

export interface RunResult {
  outcome: RunOutcome;
  /** Always present: a run that could not validate gets an `error` record with its reason. */
  record: ValidationRecord;
  entity?: Entity;
}

/**
 * Executes one run up to its result, never throwing: a validation's record, or — dashboard gone, executor
 * threw, run aborted (timeout) — an `error` record whose summary says why the dashboard could not be checked.
 */
export async function validateRun(options: {
  run: Run;
  signal: AbortSignal;
  executor: RunExecutor;
  loadEntity: EntityLoader;
  clock: Clock;
  newRecordId: () => string;
}): Promise<RunResult> {
  const { run, signal, clock } = options;
  const failed = (reason: string, entity?: Entity): RunResult => {
    const record = errorRecord(run, reason, clock.now(), options.newRecordId());
    return { outcome: outcomeOf(record, clock.now()), record, entity };
  };
  let entity: Entity | undefined;
  try {
    entity = await options.loadEntity(run.entityRef);
    if (!entity) return failed('the dashboard is no longer in the catalog');
    const result = await raceAbort(
      options.executor.execute({
        run,
        entity,
        environment: run.environment,
        signal,
      }),
      signal,
    );
    const record: ValidationRecord = {
      ...result,
      id: options.newRecordId(),
      entityRef: run.entityRef,
      environment: run.environment,
      policyId: run.policyId,
      runId: run.id,
    };
    return { outcome: outcomeOf(record, clock.now()), record, entity };
  } catch (error) {
    // An abort's reason is already written for people (run timeout, lease lost, shutdown).
    if (signal.aborted) return failed(messageOf(signal.reason), entity);
    return failed(`validation failed: ${messageOf(error)}`, entity);
  }
}

function outcomeOf(record: ValidationRecord, finishedAt: Date): RunOutcome {
  return {
    status: RUN_STATUS[record.status],
    // An error record means the validation could not be done (Superset down, dashboard gone): say why.
    reason: record.status === 'error' ? record.summary : undefined,
    recordId: record.id,
    finishedAt,
  };
}

/** Executors should honour the signal; this makes sure an executor that does not cannot hold a run forever. */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      value => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      error => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  Run,
  ValidationRecord,
} from '@internal/plugin-dashboard-health-common';
import { Clock } from '../clock';
import { RunOutcome, RunStore } from '../database/RunStore';
import { EngineMetrics } from '../metrics/EngineMetrics';
import { RunExecutor } from './RunExecutor';

/** Loads the entity a run validates, with the plugin's own credentials; undefined when it is gone. */
export type EntityLoader = (entityRef: string) => Promise<Entity | undefined>;

interface InFlight {
  run: Run;
  controller: AbortController;
  startedAt: number;
  done: Promise<void>;
}

/**
 * Starts due runs. `tick` (a global scheduler task, one replica at a time) ends expired leases and missed
 * runs, then claims due runs within the caps and starts them here; `heartbeat` (local, on every replica)
 * keeps this replica's leases alive and enforces the run timeout. Everything reads the injected clock.
 */
export class Dispatcher {
  private readonly inFlight = new Map<string, InFlight>();
  private stopped = false;

  constructor(
    private readonly options: {
      runs: RunStore;
      executor: RunExecutor;
      loadEntity: EntityLoader;
      clock: Clock;
      /** Unique per process: whose lease a run is under. */
      leaseOwner: string;
      leaseDurationMs: number;
      runTimeoutMs: number;
      environmentCap(environment: string): number;
      logger: LoggerService;
      newRecordId?: () => string;
      metrics?: EngineMetrics;
      /** After a run's record is stored (notifications); failures are logged, never fail the run. */
      onRecord?: (
        record: ValidationRecord,
        run: Run,
        entity: Entity,
      ) => Promise<void>;
    },
  ) {}

  async tick(): Promise<Run[]> {
    if (this.stopped) return [];
    const { runs, clock, logger } = this.options;
    const now = clock.now();
    const expired = await runs.expireLeases(now);
    if (expired.retried + expired.interrupted > 0) {
      logger.warn(
        `Runs whose backend stopped: ${expired.retried} retried, ${expired.interrupted} ended as interrupted`,
      );
    }
    const missed = await runs.markMissed(now);
    if (missed > 0) {
      logger.warn(`${missed} runs missed their window (end plus grace period)`);
    }
    const claimed = await runs.claimDue({
      now,
      leaseOwner: this.options.leaseOwner,
      leaseExpiresAt: new Date(now.getTime() + this.options.leaseDurationMs),
      environmentCap: this.options.environmentCap,
    });
    for (const run of claimed) {
      this.options.metrics?.runStarted(
        run,
        now.getTime() - Date.parse(run.plannedAt),
      );
      this.start(run);
    }
    return claimed;
  }

  /** Extends the leases of this replica's runs and aborts runs past the timeout. */
  async heartbeat(): Promise<void> {
    const now = this.options.clock.now().getTime();
    for (const flight of this.inFlight.values()) {
      if (now - flight.startedAt > this.options.runTimeoutMs) {
        flight.controller.abort(
          new Error(
            `timed out after ${Math.round(this.options.runTimeoutMs / 1000)}s`,
          ),
        );
        continue;
      }
      const kept = await this.options.runs.extendLease(
        flight.run.id,
        this.options.leaseOwner,
        new Date(now + this.options.leaseDurationMs),
      );
      if (!kept) {
        // Another replica declared this run interrupted; its result would no longer be accepted.
        flight.controller.abort(new Error('lease lost'));
      }
    }
  }

  /** The runs this replica is executing. */
  get running(): Run[] {
    return [...this.inFlight.values()].map(flight => flight.run);
  }

  /** Resolves when these runs (if they are running here) have finished and their results are stored. */
  async finished(runIds: readonly string[]): Promise<void> {
    await Promise.all(runIds.map(id => this.inFlight.get(id)?.done));
  }

  /**
   * Graceful shutdown: no more claims; runs in progress are aborted and handed back to the queue without
   * counting the attempt, so another replica starts them right away instead of waiting for the lease.
   */
  async shutdown(): Promise<void> {
    this.stopped = true;
    const flights = [...this.inFlight.values()];
    for (const flight of flights) {
      await this.options.runs.release(flight.run.id, this.options.leaseOwner);
      flight.controller.abort(new Error('backend shutting down'));
    }
    await Promise.all(flights.map(flight => flight.done));
  }

  private start(run: Run) {
    const controller = new AbortController();
    const flight: InFlight = {
      run,
      controller,
      startedAt: this.options.clock.now().getTime(),
      done: Promise.resolve(),
    };
    flight.done = this.execute(run, controller.signal).finally(() =>
      this.inFlight.delete(run.id),
    );
    this.inFlight.set(run.id, flight);
  }

  private async execute(run: Run, signal: AbortSignal): Promise<void> {
    const { runs, clock, logger, leaseOwner } = this.options;
    let outcome: RunOutcome;
    let record: ValidationRecord | undefined;
    let entity: Entity | undefined;
    try {
      entity = await this.options.loadEntity(run.entityRef);
      if (!entity) {
        outcome = {
          status: 'error',
          reason: 'the dashboard is no longer in the catalog',
          finishedAt: clock.now(),
        };
      } else {
        const result = await raceAbort(
          this.options.executor.execute({
            run,
            entity,
            environment: run.environment,
            signal,
          }),
          signal,
        );
        record = {
          ...result,
          id: this.options.newRecordId?.() ?? `rec-${crypto.randomUUID()}`,
          entityRef: run.entityRef,
          environment: run.environment,
          policyId: run.policyId,
          runId: run.id,
        };
        outcome = {
          status: runStatusOf(record.status),
          // An error record means the validation could not be done (Superset down, dashboard gone): say why.
          reason: record.status === 'error' ? record.summary : undefined,
          recordId: record.id,
          finishedAt: clock.now(),
        };
      }
    } catch (error) {
      outcome = {
        status: 'error',
        reason: `validation failed: ${
          (error as Error)?.message ?? String(error)
        }`,
        finishedAt: clock.now(),
      };
    }
    if (this.stopped && signal.aborted) {
      return; // released at shutdown; another replica runs it
    }
    try {
      const accepted = await runs.finish(run.id, leaseOwner, outcome, record);
      if (!accepted) {
        logger.warn(
          `Run ${run.id} of ${run.entityRef} finished after its lease was lost; result dropped so it is not recorded twice`,
        );
        return;
      }
      this.options.metrics?.runFinished(
        run,
        outcome.status,
        outcome.finishedAt.getTime() -
          Date.parse(run.startedAt ?? run.plannedAt),
      );
      if (record && entity && this.options.onRecord) {
        await this.options
          .onRecord(record, run, entity)
          .catch(error =>
            logger.error(
              `After-record step for run ${run.id} failed: ${error}`,
            ),
          );
      }
    } catch (error) {
      // The lease expires and the run is retried; nothing more to do here.
      logger.error(`Could not store the result of run ${run.id}: ${error}`);
    }
  }
}

function runStatusOf(status: ValidationRecord['status']): RunOutcome['status'] {
  if (status === 'fail') return 'failed';
  if (status === 'error') return 'error';
  return 'succeeded';
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

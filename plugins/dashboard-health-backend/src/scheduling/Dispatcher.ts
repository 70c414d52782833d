import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  Run,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import { Clock } from '../clock';
import { Lease, PolicyCapacity, RunStore } from '../database/RunStore';
import { EngineMetrics } from '../metrics/EngineMetrics';
import { RunExecutor } from './RunExecutor';
import { validateRun } from './validateRun';

/** Loads the entity a run validates, with the plugin's own credentials; undefined when it is gone. */
export type EntityLoader = (entityRef: string) => Promise<Entity | undefined>;

/**
 * A replica gives a run up once its lease has gone unrenewed for this share of the lease duration, so it
 * stops querying Superset before the lease can expire and another replica take the run over.
 */
const GIVE_UP_AFTER = 0.75;

interface Flight {
  run: Run;
  lease: Lease;
  controller: AbortController;
  /** Host-clock times: only ever compared with this host's own clock. */
  startedAt: number;
  renewedAt: number;
  /** Given up locally (lease lost or not renewable): its result is not written. */
  abandoned: boolean;
  done: Promise<void>;
}

export interface DispatcherOptions {
  runs: RunStore;
  /** The caps of the policies, read when there is work to claim. */
  policyCapacities: () => Promise<PolicyCapacity[]>;
  executor: RunExecutor;
  loadEntity: EntityLoader;
  /** This host's clock, for durations measured here (run timeout, lease renewal); the queue uses the database's. */
  clock: Clock;
  /** Names this process in the runs table; fencing is by each claim's own token. */
  leaseOwner: string;
  leaseDurationMs: number;
  runTimeoutMs: number;
  /** Cluster-wide cap per configured Superset instance. */
  environmentCaps: ReadonlyMap<string, number>;
  logger: LoggerService;
  newRecordId?: () => string;
  metrics?: EngineMetrics;
  /** After a run's record is stored (notifications); failures are logged, never fail the run. */
  onRecord?: (
    record: ValidationRecord,
    run: Run,
    entity: Entity,
  ) => Promise<void>;
}

/**
 * Starts due runs. `tick` (a global scheduler task, and after "Run now") probes the queue with one
 * statement and, when something is due or expiring, runs one dispatch step and starts what it claimed here;
 * `heartbeat` (local, on every replica) renews this replica's leases, gives up runs it cannot renew and
 * enforces the run timeout.
 */
export class Dispatcher {
  private readonly flights = new Map<string, Flight>();
  private stopped = false;

  constructor(private readonly options: DispatcherOptions) {}

  async tick(): Promise<Run[]> {
    if (this.stopped) return [];
    const { runs, logger } = this.options;
    if (!(await runs.probe()).hasWork) return [];
    const result = await runs.dispatch({
      leaseOwner: this.options.leaseOwner,
      leaseDurationMs: this.options.leaseDurationMs,
      environmentCaps: this.options.environmentCaps,
      policies: await this.options.policyCapacities(),
    });
    if (result.retried + result.interrupted > 0) {
      logger.warn(
        `Runs whose backend stopped: ${result.retried} retried, ${result.interrupted} ended as interrupted`,
      );
    }
    if (result.missed > 0) {
      logger.warn(
        `${result.missed} runs missed their window (end plus grace period)`,
      );
    }
    for (const { run, lease } of result.claimed) {
      this.options.metrics?.runStarted(
        run,
        result.now.getTime() - Date.parse(run.plannedAt),
      );
      this.start(run, lease);
    }
    return result.claimed.map(claim => claim.run);
  }

  /** Renews this replica's leases, gives up runs whose lease it lost or cannot renew, enforces the timeout. */
  async heartbeat(): Promise<void> {
    const { runs, clock, leaseDurationMs, runTimeoutMs, logger } = this.options;
    for (const flight of [...this.flights.values()]) {
      if (flight.abandoned) continue;
      const now = clock.now().getTime();
      if (now - flight.startedAt > runTimeoutMs) {
        flight.controller.abort(
          new Error(
            `the validation did not finish within the run timeout (${minutes(
              runTimeoutMs,
            )})`,
          ),
        );
        continue;
      }
      try {
        if (await runs.extendLease(flight.lease, leaseDurationMs)) {
          flight.renewedAt = clock.now().getTime();
          continue;
        }
        this.abandon(flight, 'its lease was taken over');
      } catch (error) {
        logger.warn(
          `Could not renew the lease of run ${flight.run.id}: ${error}`,
        );
        if (now - flight.renewedAt > leaseDurationMs * GIVE_UP_AFTER) {
          this.abandon(flight, 'its lease could not be renewed');
        }
      }
    }
  }

  /** The runs this replica is executing. */
  get running(): Run[] {
    return [...this.flights.values()].map(flight => flight.run);
  }

  /** Resolves when every execution of these runs here has ended and its result is stored. */
  async finished(runIds: readonly string[]): Promise<void> {
    const ids = new Set(runIds);
    await Promise.all(
      [...this.flights.values()]
        .filter(flight => ids.has(flight.run.id))
        .map(flight => flight.done),
    );
  }

  /**
   * Graceful shutdown: no more claims; runs in progress are aborted and handed back to the queue without
   * counting the attempt, so another replica starts them right away instead of waiting for the lease.
   */
  async shutdown(): Promise<void> {
    this.stopped = true;
    const flights = [...this.flights.values()];
    for (const flight of flights) {
      await this.options.runs.release(flight.lease).catch(() => false);
      flight.abandoned = true;
      flight.controller.abort(new Error('backend shutting down'));
    }
    await Promise.all(flights.map(flight => flight.done));
  }

  private abandon(flight: Flight, why: string) {
    this.options.logger.warn(
      `Giving up run ${flight.run.id} of ${flight.run.entityRef} here: ${why}; it is retried under a new lease`,
    );
    flight.abandoned = true;
    flight.controller.abort(new Error(`given up: ${why}`));
  }

  private start(run: Run, lease: Lease) {
    const now = this.options.clock.now().getTime();
    const flight: Flight = {
      run,
      lease,
      controller: new AbortController(),
      startedAt: now,
      renewedAt: now,
      abandoned: false,
      done: Promise.resolve(),
    };
    // Keyed by the claim, so an older execution of the same run can never unhook a newer one.
    this.flights.set(lease.token, flight);
    flight.done = this.execute(flight).finally(() =>
      this.flights.delete(lease.token),
    );
  }

  private async execute(flight: Flight): Promise<void> {
    const { runs, logger, clock, executor, loadEntity } = this.options;
    const { run } = flight;
    const { outcome, record, entity } = await validateRun({
      run,
      signal: flight.controller.signal,
      executor,
      loadEntity,
      clock,
      newRecordId:
        this.options.newRecordId ?? (() => `rec-${crypto.randomUUID()}`),
    });
    if (flight.abandoned) return;
    try {
      if (!(await runs.finish(flight.lease, outcome, record))) {
        logger.warn(
          `Run ${run.id} of ${run.entityRef} finished after its lease was lost; result dropped so it is not recorded twice`,
        );
        return;
      }
    } catch (error) {
      // The lease expires and the run is retried; nothing more to do here.
      logger.error(`Could not store the result of run ${run.id}: ${error}`);
      return;
    }
    this.options.metrics?.runFinished(
      run,
      outcome.status,
      outcome.finishedAt.getTime() - flight.startedAt,
    );
    if (entity && this.options.onRecord) {
      await this.options
        .onRecord(record, run, entity)
        .catch(error =>
          logger.error(`After-record step for run ${run.id} failed: ${error}`),
        );
    }
  }
}

function minutes(ms: number): string {
  return ms % 60_000 === 0
    ? `${ms / 60_000} min`
    : `${Math.round(ms / 1000)} s`;
}

import {
  Page,
  Run,
  RunListQuery,
  RunStatus,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';

/** What one claim holds: the run and the token of this claim, which its heartbeats and finish must show. */
export interface Lease {
  runId: string;
  token: string;
}

export interface ClaimedRun {
  run: Run;
  lease: Lease;
}

/** A policy's concurrency cap, on the instance it names. */
export interface PolicyCapacity {
  id: string;
  environment: string;
  maxConcurrency?: number;
}

export interface DispatchRequest {
  /** Whose leases these are, for people reading the table; fencing is by the per-claim token. */
  leaseOwner: string;
  leaseDurationMs: number;
  /** Cluster-wide cap per configured Superset instance; runs of other instances are not claimed. */
  environmentCaps: ReadonlyMap<string, number>;
  policies: readonly PolicyCapacity[];
}

export interface DispatchResult {
  /** The database's time the step ran at. */
  now: Date;
  claimed: ClaimedRun[];
  retried: number;
  interrupted: number;
  missed: number;
}

/** What the dispatcher's probe sees; nothing due and nothing expiring means the tick has nothing to do. */
export interface QueueProbe {
  now: Date;
  hasWork: boolean;
}

export interface RunOutcome {
  status: Extract<RunStatus, 'succeeded' | 'failed' | 'error'>;
  reason?: string;
  recordId?: string;
  finishedAt: Date;
}

/** The queue of runs (planned, running, finished) and their leases. One implementation, on the plugin database. */
export interface RunStore {
  /** One cheap indexed statement: is anything due, or any lease expired, by the database's clock? */
  probe(): Promise<QueueProbe>;
  /**
   * One dispatcher step, in one transaction by the database's clock: expired leases are retried once (then
   * end `error` with a record), overdue runs end `missed`, and due runs are claimed within the caps of every
   * instance and policy (each looked at separately, so a backlog on one cannot hide another's runs).
   */
  dispatch(request: DispatchRequest): Promise<DispatchResult>;
  /** A manual run: due now by the database's clock, still subject to the caps. */
  createManualRun(input: {
    id: string;
    entityRef: string;
    environment: string;
    requestedBy?: string;
    gracePeriodMs: number;
  }): Promise<Run>;
  /** Extends this claim's lease from the database's now; false when the claim no longer holds the run. */
  extendLease(lease: Lease, durationMs: number): Promise<boolean>;
  /**
   * Ends a run this claim holds and stores its record in the same transaction; false (and no record) when
   * the lease was lost meanwhile, so a run retried elsewhere is never recorded twice.
   */
  finish(
    lease: Lease,
    outcome: RunOutcome,
    record?: ValidationRecord,
  ): Promise<boolean>;
  /** Gives a claimed run back without counting the attempt (graceful shutdown). */
  release(lease: Lease): Promise<boolean>;

  get(id: string): Promise<Run | undefined>;
  list(query: RunListQuery): Promise<Page<Run>>;
  /** The next planned run of an entity (overdue ones still queued included), if any. */
  nextPlanned(entityRef: string): Promise<Run | undefined>;
  /** The earliest planned run of each of these entities that has one. */
  nextPlannedAt(entityRefs: readonly string[]): Promise<Map<string, string>>;
  /** Retention: deletes finished runs (any final status) that finished before `before`. */
  prune(before: Date): Promise<number>;
  /** Due planned runs per environment (the queue the caps hold back). */
  dueCounts(): Promise<Map<string, number>>;
  /** Counts of runs per status; for metrics and tests. */
  countByStatus(): Promise<Partial<Record<RunStatus, number>>>;
}

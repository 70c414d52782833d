import {
  Page,
  PlannedSlot,
  Run,
  RunListQuery,
  RunStatus,
  ValidationRecord,
} from '@internal/plugin-dashboard-health-common';

/** A plan for one window date of one policy, as the planner computed it. */
export interface PlanToStore {
  policyId: string;
  planDate: string;
  environment: string;
  /** The policy's updatedAt: a plan made from an older version is redone. */
  policyVersion: string;
  windowStart: Date;
  windowEnd: Date;
  /** Window end plus grace. */
  deadline: Date;
  slots: readonly PlannedSlot[];
  now: Date;
}

export interface PlanStoreResult {
  inserted: number;
  moved: number;
  cancelled: number;
  /** Slots whose dashboard already ran (or is running) for this date; left alone. */
  alreadyStarted: number;
}

export interface ClaimRequest {
  now: Date;
  leaseOwner: string;
  leaseExpiresAt: Date;
  /** Cluster-wide cap per Superset instance. */
  environmentCap(environment: string): number;
  /** How many due runs to look at per claim; more than any cap, so a capped policy cannot starve others. */
  scanLimit?: number;
}

export interface RunOutcome {
  status: Extract<RunStatus, 'succeeded' | 'failed' | 'error'>;
  reason?: string;
  recordId?: string;
  finishedAt: Date;
}

/** Where runs (planned, running, finished) live. One implementation, on the plugin database. */
export interface RunStore {
  /**
   * Materialises a plan: new slots are inserted, planned runs move to their new slot, planned runs of
   * dashboards no longer in the plan are cancelled; runs already started are never touched.
   */
  storePlan(plan: PlanToStore): Promise<PlanStoreResult>;
  /** Dashboards of a policy date whose run has started (or ended); a re-plan leaves them out. */
  startedRefs(policyId: string, planDate: string): Promise<Set<string>>;
  /** `policyId/planDate` → policy version the stored plan was made from. */
  planVersions(policyIds: readonly string[]): Promise<Map<string, string>>;
  /** Cancels every planned (not yet started) run of a policy and forgets its plans. */
  cancelPolicy(policyId: string, reason: string, now: Date): Promise<number>;
  /** A manual run: due now, still subject to the caps. */
  createManualRun(input: {
    id: string;
    entityRef: string;
    environment: string;
    requestedBy?: string;
    now: Date;
    deadline: Date;
  }): Promise<Run>;

  /** Runs whose lease expired: retried once (back to planned) or ended `error` with reason interrupted. */
  expireLeases(now: Date): Promise<{ retried: number; interrupted: number }>;
  /** Planned runs whose deadline passed end `missed`. */
  markMissed(now: Date): Promise<number>;
  /** Atomically moves due runs to running under this lease, within the caps, in slot order. */
  claimDue(request: ClaimRequest): Promise<Run[]>;
  extendLease(runId: string, leaseOwner: string, until: Date): Promise<boolean>;
  /**
   * Ends a run this owner holds and stores its record in the same transaction; false (and no record) when
   * the lease was lost meanwhile, so a run retried elsewhere is never recorded twice.
   */
  finish(
    runId: string,
    leaseOwner: string,
    outcome: RunOutcome,
    record?: ValidationRecord,
  ): Promise<boolean>;
  /** Gives a claimed run back without counting the attempt (graceful shutdown). */
  release(runId: string, leaseOwner: string): Promise<boolean>;

  get(id: string): Promise<Run | undefined>;
  list(query: RunListQuery): Promise<Page<Run>>;
  /** The runs of one policy date, in slot order. */
  planRuns(policyId: string, planDate: string): Promise<Run[]>;
  /** Bounds of a materialised policy date, if any. */
  planBounds(
    policyId: string,
    planDate: string,
  ): Promise<{ windowStart: string; windowEnd: string } | undefined>;
  /** The next planned run of an entity (overdue ones still queued included), if any. */
  nextPlanned(entityRef: string): Promise<Run | undefined>;
  /** The earliest planned run of each of these entities that has one. */
  nextPlannedAt(entityRefs: readonly string[]): Promise<Map<string, string>>;
  /**
   * Retention: deletes finished runs (any final status) that finished before `before`, and plans whose
   * window ended before it, so the run history and the planner's reads stay bounded.
   */
  prune(before: Date): Promise<{ runs: number; plans: number }>;
  /** Due planned runs per environment (the queue the caps hold back). */
  dueCounts(now: Date): Promise<Map<string, number>>;
  /** Counts of runs per status; for metrics and tests. */
  countByStatus(): Promise<Partial<Record<RunStatus, number>>>;
}

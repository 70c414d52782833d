import {
  PlannedSlot,
  RecordStatus,
  Run,
} from '@dashboard-health/plugin-dashboard-health-common';

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
  /**
   * Set when nothing was stored because the policy changed since the plan was computed (deleted, disabled
   * or edited): whoever changed it plans (or cancels) from the new version.
   */
  stale?: true;
}

/** A planned, not started run, as the planner checks it against the policy's current window. */
export interface PlannedRunRef {
  id: string;
  planDate: string;
  entityRef: string;
  plannedAt: Date;
}

/**
 * Plans: which window dates of which policy version are materialised as planned runs. Every write takes
 * the policy's lock and re-reads the policy in its transaction, so a plan computed from a version that was
 * edited, disabled or deleted meanwhile is never stored.
 */
export interface PlanStore {
  /**
   * Materialises a plan: new slots are inserted, planned runs move to their new slot, planned runs of
   * dashboards no longer in the plan are cancelled; runs already started are never touched.
   */
  storePlan(plan: PlanToStore): Promise<PlanStoreResult>;
  /** Dashboards of a policy date whose run has started (or ended); a re-plan leaves them out. */
  startedRefs(policyId: string, planDate: string): Promise<Set<string>>;
  /** `policyId/planDate` → policy version the stored plan was made from. */
  planVersions(policyIds: readonly string[]): Promise<Map<string, string>>;
  /** Planned, not started runs of a policy on other dates than these. */
  plannedOutside(
    policyId: string,
    planDates: readonly string[],
  ): Promise<PlannedRunRef[]>;
  /** Cancels these planned runs of a policy (those still planned), unless the policy changed meanwhile. */
  cancelRuns(
    policy: { id: string; version: string },
    runIds: readonly string[],
    reason: string,
    now: Date,
  ): Promise<number>;
  /** Cancels every planned (not yet started) run of a policy and forgets its plans. */
  cancelPolicy(policyId: string, reason: string, now: Date): Promise<number>;
  /** The runs of one policy date, in slot order. */
  planRuns(policyId: string, planDate: string): Promise<Run[]>;
  /** Bounds of a materialised policy date, if any. */
  planBounds(
    policyId: string,
    planDate: string,
  ): Promise<{ windowStart: string; windowEnd: string } | undefined>;
  /**
   * "Validate now": one manual run of the policy per dashboard, due at `offsetMs` after the database's now,
   * all missed after the spread plus grace. They carry the policy's id (its cap holds them) and no plan date
   * (the nightly plan neither counts nor retires them).
   */
  createBatch(batch: {
    policyId: string;
    environment: string;
    requestedBy?: string;
    slots: ReadonlyArray<{ id: string; entityRef: string; offsetMs: number }>;
    spreadMs: number;
    gracePeriodMs: number;
  }): Promise<Run[]>;
  /** The runs of the policy's latest "Validate now" batch (one created_at), in slot order; [] if none. */
  latestBatch(policyId: string): Promise<Run[]>;
  /** The status of each of these records that exists. */
  recordStatuses(
    recordIds: readonly string[],
  ): Promise<Map<string, RecordStatus>>;
  /** Retention: deletes plans whose window ended before `before`. */
  prune(before: Date): Promise<number>;
}

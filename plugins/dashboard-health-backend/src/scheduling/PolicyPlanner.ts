import { LoggerService } from '@backstage/backend-plugin-api';
import { ValidationPolicy } from '@dashboard-health/plugin-dashboard-health-common';
import { Clock } from '../clock';
import { PlanStore } from '../database/PlanStore';
import { PolicyStore } from '../database/PolicyStore';
import { datesToPlan } from './planDates';
import { planFrame } from './planFrame';
import { fitsCurrentWindow } from './fitsCurrentWindow';
import { slotsFor } from './slotsFor';

/** Turns a policy's selector into concrete dashboards; the catalog implementation is in ../catalog. */
export type PolicyDashboardResolver = (
  policy: ValidationPolicy,
) => Promise<string[]>;

export interface PlannerOptions {
  policies: PolicyStore;
  plans: PlanStore;
  resolveDashboards: PolicyDashboardResolver;
  clock: Clock;
  gracePeriodMs: number;
  minSpacingSeconds?: number;
  logger: LoggerService;
  /** Expected cost per dashboard for `weighted` policies (seconds); without it they are spaced evenly. */
  planningCosts?: (
    entityRefs: readonly string[],
  ) => Promise<Map<string, number>>;
  /** Counts a policy the round could not plan (its error is logged; the round goes on). */
  onPolicyError?: (policyId: string) => void;
}

/**
 * Materialises policies as planned runs at the window planner's slots. Idempotent and safe on several
 * replicas and beside concurrent edits: a plan is keyed by (policy, date), made from one policy version and
 * stored only if that version is still the policy's (the plan store re-reads it under the policy's lock).
 */
export class PolicyPlanner {
  constructor(private readonly options: PlannerOptions) {}

  /**
   * The scheduled round: plans every enabled policy's current and next window date that is not planned
   * from the policy's current version. Reads one small row per policy and plan, never the runs, so its
   * idle cost does not grow with the number of dashboards. A policy that fails is logged and skipped.
   */
  async planAll(): Promise<number> {
    const now = this.options.clock.now();
    const heads = (await this.options.policies.heads()).filter(h => h.enabled);
    const versions = await this.options.plans.planVersions(
      heads.map(h => h.id),
    );
    let planned = 0;
    for (const head of heads) {
      const dates = datesToPlan(head.window, now);
      const stale = dates.filter(
        date => versions.get(`${head.id}/${date}`) !== head.updatedAt,
      );
      if (stale.length === 0) continue;
      try {
        const policy = await this.options.policies.get(head.id);
        if (!policy?.enabled) continue;
        planned += await this.planPolicy(policy, stale, dates, now);
      } catch (error) {
        this.options.onPolicyError?.(head.id);
        this.options.logger.error(
          `Policy ${head.id} could not be planned this round: ${error}`,
        );
      }
    }
    return planned;
  }

  /**
   * After a create or an edit: (re)plans the policy's dates from now on. What already ran keeps its run;
   * what has not is spread over what is left of the window, and every planned run the edited policy would
   * not plan (another window, day, zone or dashboard) is cancelled, whatever the time of day.
   */
  async replan(policy: ValidationPolicy): Promise<void> {
    const now = this.options.clock.now();
    if (!policy.enabled) {
      await this.cancel(policy.id, 'the policy was disabled');
      return;
    }
    const dates = datesToPlan(policy.window, now);
    await this.planPolicy(policy, dates, dates, now);
  }

  async cancel(policyId: string, reason: string): Promise<number> {
    return this.options.plans.cancelPolicy(
      policyId,
      reason,
      this.options.clock.now(),
    );
  }

  /** Plans `dates` of the policy and retires planned runs outside `current`; returns the dates stored. */
  private async planPolicy(
    policy: ValidationPolicy,
    dates: readonly string[],
    current: readonly string[],
    now: Date,
  ): Promise<number> {
    const dashboards = await this.options.resolveDashboards(policy);
    let planned = 0;
    for (const date of dates) {
      if (await this.planDate(policy, date, dashboards, now)) planned++;
    }
    await this.retireStray(policy, current, new Set(dashboards), now);
    return planned;
  }

  /**
   * Planned runs of other dates than the ones just planned stay only while the policy as it is now would
   * have planned them (an overdue run of a window that just closed may still start within the grace).
   */
  private async retireStray(
    policy: ValidationPolicy,
    dates: readonly string[],
    dashboards: ReadonlySet<string>,
    now: Date,
  ): Promise<void> {
    const { plans } = this.options;
    const stray = (await plans.plannedOutside(policy.id, dates)).filter(
      run => !fitsCurrentWindow(policy.window, dashboards, run),
    );
    await plans.cancelRuns(
      { id: policy.id, version: policy.updatedAt },
      stray.map(run => run.id),
      'the policy was edited: not in its new plan',
      now,
    );
  }

  private async planDate(
    policy: ValidationPolicy,
    date: string,
    dashboards: readonly string[],
    now: Date,
  ): Promise<boolean> {
    const { plans, logger } = this.options;
    const frame = planFrame(policy, date, now, this.options.gracePeriodMs);
    if (frame.windowEnd.getTime() <= now.getTime()) return false;

    const started = await plans.startedRefs(policy.id, date);
    const remaining = dashboards.filter(ref => !started.has(ref));
    const costs =
      policy.spacing === 'weighted' && this.options.planningCosts
        ? await this.options.planningCosts(remaining)
        : undefined;
    const plan = slotsFor(policy, date, remaining, now, frame, {
      minSpacingSeconds: this.options.minSpacingSeconds,
      costs,
      logger,
    });
    if (!plan) return false;
    const result = await plans.storePlan({ ...frame, slots: plan.slots });
    if (result.stale) {
      logger.info(
        `Plan of policy ${policy.id} for ${date} dropped: the policy changed while it was computed`,
      );
      return false;
    }
    logger.info(
      `Planned policy ${policy.id} (${policy.name}) for ${date}: ${plan.slots.length} slots every ` +
        `${Math.round(plan.spacingSeconds)}s (${result.inserted} new, ${
          result.moved
        } moved, ` +
        `${result.cancelled} cancelled, ${result.alreadyStarted} already started)`,
    );
    return true;
  }
}

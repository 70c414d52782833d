import { LoggerService } from '@backstage/backend-plugin-api';
import {
  planWindow,
  ValidationPolicy,
  WindowPlanError,
  windowBounds,
} from '@internal/plugin-dashboard-health-common';
import { Clock } from '../clock';
import { PolicyStore } from '../database/PolicyStore';
import { RunStore } from '../database/RunStore';
import { datesToPlan } from './planDates';

/** Turns a policy's selector into concrete dashboards; the catalog implementation is in ../catalog. */
export type PolicyDashboardResolver = (
  policy: ValidationPolicy,
) => Promise<string[]>;

/**
 * Materialises policies as planned runs at the window planner's slots. Idempotent and safe on several
 * replicas: a plan is keyed by (policy, date) and made from one policy version; the runs table's unique key
 * keeps a dashboard to one run per policy date whoever plans it.
 */
export class PolicyPlanner {
  constructor(
    private readonly options: {
      policies: PolicyStore;
      runs: RunStore;
      resolveDashboards: PolicyDashboardResolver;
      clock: Clock;
      gracePeriodMs: number;
      minSpacingSeconds?: number;
      logger: LoggerService;
    },
  ) {}

  /**
   * The scheduled round: plans every enabled policy's current and next window date that is not planned
   * from the policy's current version. Reads one small row per policy and plan, never the runs, so its
   * idle cost does not grow with the number of dashboards.
   */
  async planAll(): Promise<number> {
    const now = this.options.clock.now();
    const heads = (await this.options.policies.heads()).filter(h => h.enabled);
    const versions = await this.options.runs.planVersions(heads.map(h => h.id));
    let planned = 0;
    for (const head of heads) {
      const stale = datesToPlan(head.window, now).filter(
        date => versions.get(`${head.id}/${date}`) !== head.updatedAt,
      );
      if (stale.length === 0) continue;
      const policy = await this.options.policies.get(head.id);
      if (!policy?.enabled) continue;
      for (const date of stale) {
        if (await this.planDate(policy, date, now)) planned++;
      }
    }
    return planned;
  }

  /**
   * After a create or an edit: (re)plans the policy's dates from now on. What already ran keeps its run;
   * what has not is spread over what is left of the window. A disabled policy's planned runs are cancelled.
   */
  async replan(policy: ValidationPolicy): Promise<void> {
    const now = this.options.clock.now();
    if (!policy.enabled) {
      await this.cancel(policy.id, 'the policy was disabled');
      return;
    }
    const wanted = datesToPlan(policy.window, now);
    for (const date of wanted) {
      await this.planDate(policy, date, now);
    }
    // Dates planned from the old version that the new window no longer covers (days changed).
    const versions = await this.options.runs.planVersions([policy.id]);
    for (const key of versions.keys()) {
      const date = key.slice(policy.id.length + 1);
      const frame = this.planFrame(policy, date, now);
      if (!wanted.includes(date) && frame.windowEnd > now) {
        await this.options.runs.storePlan({ ...frame, slots: [] });
      }
    }
  }

  async cancel(policyId: string, reason: string): Promise<number> {
    return this.options.runs.cancelPolicy(
      policyId,
      reason,
      this.options.clock.now(),
    );
  }

  private async planDate(
    policy: ValidationPolicy,
    date: string,
    now: Date,
  ): Promise<boolean> {
    const { runs, logger } = this.options;
    const frame = this.planFrame(policy, date, now);
    if (frame.windowEnd.getTime() <= now.getTime()) return false;

    const dashboards = await this.options.resolveDashboards(policy);
    const started = await runs.startedRefs(policy.id, date);
    const remaining = dashboards.filter(ref => !started.has(ref));
    if (remaining.length === 0) {
      await runs.storePlan({ ...frame, slots: [] });
      return true;
    }
    const notBefore =
      now.getTime() > frame.windowStart.getTime() ? now : undefined;
    let plan;
    try {
      plan = planWindow({
        window: policy.window,
        date,
        entityRefs: remaining,
        minSpacingSeconds: this.options.minSpacingSeconds,
        notBefore,
      });
    } catch (error) {
      if (!(error instanceof WindowPlanError)) throw error;
      if (error.code === 'window-over') return false;
      if (error.code !== 'too-dense') {
        logger.error(
          `Policy ${policy.id} (${policy.name}) cannot be planned for ${date}: ${error.message}`,
        );
        return false;
      }
      // Only a mid-window edit gets here (the API refuses dense windows): what is left of the window is too
      // short for the spacing. Plan tighter; the concurrency cap still protects Superset.
      logger.warn(
        `Policy ${policy.id} (${policy.name}) on ${date}: ${error.message}; planning with less spacing`,
      );
      plan = planWindow({
        window: policy.window,
        date,
        entityRefs: remaining,
        minSpacingSeconds: 0,
        notBefore,
      });
    }
    const result = await runs.storePlan({ ...frame, slots: plan.slots });
    logger.info(
      `Planned policy ${policy.id} (${policy.name}) for ${date}: ${plan.slots.length} slots every ` +
        `${Math.round(plan.spacingSeconds)}s (${result.inserted} new, ${
          result.moved
        } moved, ` +
        `${result.cancelled} cancelled, ${result.alreadyStarted} already started)`,
    );
    return true;
  }

  private planFrame(policy: ValidationPolicy, date: string, now: Date) {
    let windowStart: Date;
    let windowEnd: Date;
    try {
      const bounds = windowBounds(policy.window, date);
      windowStart = bounds.start.toJSDate();
      windowEnd = bounds.end.toJSDate();
    } catch (error) {
      // A window that does not exist on this date (DST gap) has nothing to plan: an empty frame.
      if (error instanceof WindowPlanError) {
        windowStart = windowEnd = now;
      } else {
        throw error;
      }
    }
    return {
      policyId: policy.id,
      planDate: date,
      environment: policy.environment,
      policyVersion: policy.updatedAt,
      windowStart,
      windowEnd,
      deadline: new Date(windowEnd.getTime() + this.options.gracePeriodMs),
      now,
    };
  }
}

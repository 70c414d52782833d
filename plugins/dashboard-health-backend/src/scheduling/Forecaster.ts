import {
  CapacityForecast,
  forecastCapacity,
  PlannedSlot,
  ValidationPolicy,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DurationStore } from '../database/DurationStore';
import { PolicyStore } from '../database/PolicyStore';
import { PolicyDashboardResolver } from './PolicyPlanner';
import { sharedLoad } from './sharedLoad';

export interface ForecasterOptions {
  durations: DurationStore;
  policies: PolicyStore;
  resolveDashboards: PolicyDashboardResolver;
  /** Cluster-wide cap per configured Superset instance. */
  environmentCaps: ReadonlyMap<string, number>;
  /** What a dashboard that never completed a validation is expected to take. */
  defaultDurationSeconds: number;
}

export interface ForecastRequest {
  environment: string;
  /** The policy being forecast, if stored: it is not counted among the others. */
  policyId?: string;
  policyCap?: number;
  slots: readonly PlannedSlot[];
  startMs: number;
  endMs: number;
}

/**
 * Expected durations from the rolling aggregate, and capacity forecasts that count the other enabled
 * policies sharing the instance. Reads one aggregate row per dashboard; never the records.
 */
export class Forecaster {
  constructor(private readonly options: ForecasterOptions) {}

  get defaultDurationSeconds(): number {
    return this.options.defaultDurationSeconds;
  }

  /** The cap of an instance; 1 for one that is not configured (its runs would never be claimed anyway). */
  instanceCap(environment: string): number {
    return this.options.environmentCaps.get(environment) ?? 1;
  }

  /** Median seconds of the dashboards that have a history. */
  async expectedSeconds(
    entityRefs: readonly string[],
  ): Promise<Map<string, number>> {
    const estimates = await this.options.durations.estimates(entityRefs);
    return new Map(
      [...estimates].map(([ref, e]) => [ref, e.medianSeconds] as const),
    );
  }

  /** The costs weighted spacing plans with: the hysteresis-held cost, else the default. */
  async planningCosts(
    entityRefs: readonly string[],
  ): Promise<Map<string, number>> {
    const estimates = await this.options.durations.estimates(entityRefs);
    return new Map(
      entityRefs.map(ref => [
        ref,
        estimates.get(ref)?.planningSeconds || this.defaultDurationSeconds,
      ]),
    );
  }

  /** Expected busy seconds of a stored policy's dashboards (median, else the default). */
  async busySeconds(policy: ValidationPolicy): Promise<number> {
    const refs = await this.options.resolveDashboards(policy);
    const expected = await this.expectedSeconds(refs);
    return refs.reduce(
      (sum, ref) => sum + (expected.get(ref) ?? this.defaultDurationSeconds),
      0,
    );
  }

  async forecast(request: ForecastRequest): Promise<CapacityForecast> {
    const refs = request.slots.map(slot => slot.entityRef);
    const [expectedSeconds, sharedWith] = await Promise.all([
      this.expectedSeconds(refs),
      sharedLoad({
        policies: this.options.policies,
        busySeconds: policy => this.busySeconds(policy),
        environment: request.environment,
        excludePolicyId: request.policyId,
        startMs: request.startMs,
        endMs: request.endMs,
      }),
    ]);
    return forecastCapacity({
      slots: request.slots,
      startMs: request.startMs,
      endMs: request.endMs,
      expectedSeconds,
      defaultDurationSeconds: this.defaultDurationSeconds,
      instanceCap: this.instanceCap(request.environment),
      policyCap: request.policyCap,
      sharedWith,
    });
  }
}

import { LoggerService } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { Clock } from '../clock';
import { DatabasePlanStore } from '../database/DatabasePlanStore';
import { DatabasePolicyStore } from '../database/DatabasePolicyStore';
import { DatabaseRecordStore } from '../database/DatabaseRecordStore';
import { DatabaseRunStore } from '../database/DatabaseRunStore';
import { DatabaseDurationStore } from '../database/DatabaseDurationStore';
import { DatabaseTime, databaseServerTime } from '../database/DatabaseTime';
import { EngineMetrics } from '../metrics/EngineMetrics';
import {
  Dispatcher,
  DispatcherOptions,
  EntityLoader,
} from '../scheduling/Dispatcher';
import {
  PolicyDashboardResolver,
  PolicyPlanner,
} from '../scheduling/PolicyPlanner';
import { RunExecutor } from '../scheduling/RunExecutor';
import { Forecaster } from '../scheduling/Forecaster';

/** Expected duration of a dashboard that never completed a validation, unless configured. */
export const DEFAULT_DURATION_SECONDS = 60;

/** The engine's stores on the plugin database, one per table family. */
export function createEngineStores(
  db: Knex,
  databaseTime: DatabaseTime = databaseServerTime,
) {
  return {
    policies: new DatabasePolicyStore(db),
    plans: new DatabasePlanStore(db, databaseTime),
    runs: new DatabaseRunStore(db, databaseTime),
    records: new DatabaseRecordStore(db),
    durations: new DatabaseDurationStore(db),
  };
}

export type EngineStores = ReturnType<typeof createEngineStores>;

export interface EngineOptions {
  stores: EngineStores;
  /** This host's clock: planning and durations measured here. */
  clock: Clock;
  executor: RunExecutor;
  loadEntity: EntityLoader;
  resolveDashboards: PolicyDashboardResolver;
  /** Cluster-wide cap per configured Superset instance. */
  environmentCaps: ReadonlyMap<string, number>;
  gracePeriodMs: number;
  leaseDurationMs: number;
  runTimeoutMs: number;
  minSpacingSeconds?: number;
  /** `dashboardHealth.planner.defaultDurationSeconds`. */
  defaultDurationSeconds?: number;
  /** Names this process in the runs table. */
  leaseOwner?: string;
  logger: LoggerService;
  metrics?: EngineMetrics;
  onRecord?: DispatcherOptions['onRecord'];
  onPlanError?: (policyId: string) => void;
}

/**
 * The windowed engine, assembled once: the planner and the dispatcher over the stores. The plugin, the tests
 * and the benchmarks all build it here, so they run the same thing.
 */
export function createEngine(options: EngineOptions) {
  const { stores, clock, logger } = options;
  const { policies, plans, runs, durations } = stores;
  const forecaster = new Forecaster({
    durations,
    policies,
    resolveDashboards: options.resolveDashboards,
    environmentCaps: options.environmentCaps,
    defaultDurationSeconds:
      options.defaultDurationSeconds ?? DEFAULT_DURATION_SECONDS,
  });
  const planner = new PolicyPlanner({
    policies,
    plans,
    resolveDashboards: options.resolveDashboards,
    clock,
    gracePeriodMs: options.gracePeriodMs,
    minSpacingSeconds: options.minSpacingSeconds,
    planningCosts: refs => forecaster.planningCosts(refs),
    logger,
    onPolicyError: options.onPlanError,
  });
  const dispatcher = new Dispatcher({
    runs,
    policyCapacities: () => policies.capacities(),
    executor: options.executor,
    loadEntity: options.loadEntity,
    clock,
    leaseOwner: options.leaseOwner ?? `dashboard-health-${crypto.randomUUID()}`,
    leaseDurationMs: options.leaseDurationMs,
    runTimeoutMs: options.runTimeoutMs,
    environmentCaps: options.environmentCaps,
    logger,
    metrics: options.metrics,
    onRecord: options.onRecord,
  });
  return { ...stores, planner, dispatcher, forecaster, clock };
}

export type Engine = ReturnType<typeof createEngine>;

import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration, durationToMilliseconds } from '@backstage/types';

/** `dashboardHealth.*` with defaults applied; durations in milliseconds. */
export interface DashboardHealthConfig {
  minSpacingSeconds?: number;
  plannerFrequency: HumanDuration;
  dispatcherFrequency: HumanDuration;
  gracePeriodMs: number;
  leaseDurationMs: number;
  runTimeoutMs: number;
  chartConcurrency: number;
  chartTimeoutMs: number;
  /** One validation's time for asking Superset (charts and freshness probes together). */
  dashboardBudgetMs: number;
  retentionDays: number;
  /** Expected validation seconds of a dashboard that never completed one (forecasts, weighted spacing). */
  defaultDurationSeconds: number;
  demoPolicy: DemoPolicyConfig;
}

/** `dashboardHealth.demoPolicy`: a policy whose window opens right after startup, for the embedded demo. */
export interface DemoPolicyConfig {
  enabled: boolean;
  /** The Superset instance whose dashboards it validates; default the first configured one. */
  environment?: string;
  startAfterMs: number;
  spreadMs: number;
}

export function readDashboardHealthConfig(root: Config): DashboardHealthConfig {
  const config = root.getOptionalConfig('dashboardHealth');
  const duration = (key: string, fallback: HumanDuration): HumanDuration =>
    config?.has(key) ? readDurationFromConfig(config, { key }) : fallback;
  const positiveMs = (key: string, fallback: HumanDuration) => {
    const ms = durationToMilliseconds(duration(key, fallback));
    if (!(ms > 0)) {
      throw new Error(`dashboardHealth.${key} must be a positive duration`);
    }
    return ms;
  };

  const leaseDurationMs = positiveMs('dispatcher.leaseDuration', {
    minutes: 2,
  });
  const dispatcherFrequency = duration('dispatcher.frequency', { seconds: 10 });
  if (durationToMilliseconds(dispatcherFrequency) * 2 > leaseDurationMs) {
    // Heartbeats run at the dispatcher's pace; a lease shorter than two ticks would expire under live runs.
    throw new Error(
      'dashboardHealth.dispatcher.leaseDuration must be at least twice dashboardHealth.dispatcher.frequency',
    );
  }
  const runTimeoutMs = positiveMs('dispatcher.runTimeout', { minutes: 10 });
  return {
    minSpacingSeconds: config?.getOptionalNumber('planner.minSpacingSeconds'),
    plannerFrequency: duration('planner.frequency', { minutes: 5 }),
    dispatcherFrequency,
    gracePeriodMs: positiveMs('dispatcher.gracePeriod', { minutes: 30 }),
    leaseDurationMs,
    runTimeoutMs,
    chartConcurrency: positiveInteger(config, 'validation.chartConcurrency', 4),
    chartTimeoutMs: positiveMs('validation.chartTimeout', { seconds: 60 }),
    // Half the run timeout by default: the LLM review and the record still need time after gathering.
    dashboardBudgetMs: config?.has('validation.dashboardBudget')
      ? positiveMs('validation.dashboardBudget', { minutes: 5 })
      : runTimeoutMs / 2,
    retentionDays: positiveInteger(config, 'retention.days', 90),
    defaultDurationSeconds: positiveInteger(
      config,
      'planner.defaultDurationSeconds',
      60,
    ),
    demoPolicy: {
      enabled: config?.getOptionalBoolean('demoPolicy.enabled') ?? false,
      environment: config?.getOptionalString('demoPolicy.environment'),
      startAfterMs: positiveMs('demoPolicy.startAfter', { minutes: 1 }),
      spreadMs: positiveMs('demoPolicy.spread', { minutes: 10 }),
    },
  };
}

function positiveInteger(
  config: Config | undefined,
  key: string,
  fallback: number,
): number {
  const value = config?.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `dashboardHealth.${key} must be a whole number of at least 1, got ${value}`,
    );
  }
  return value;
}

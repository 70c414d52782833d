import { metrics, Meter } from '@opentelemetry/api';
import {
  Run,
  RunStatus,
} from '@dashboard-health/plugin-dashboard-health-common';

/** What the engine reports about itself; the OpenTelemetry implementation is below, tests may pass their own. */
export interface EngineMetrics {
  runStarted(run: Run, latenessMs: number): void;
  runFinished(run: Run, status: RunStatus, durationMs: number): void;
  llmReviewed(
    environment: string,
    outcome: { tokens?: number; failed: boolean },
  ): void;
  /** A policy the planner round could not plan (logged; the round went on with the others). */
  planFailed(): void;
}

/**
 * Meters on Backstage's OpenTelemetry setup (whatever MeterProvider the deployment registers; without one
 * they are no-ops). Queue depth is observed on collection, so it costs one indexed count per export.
 */
export function createEngineMetrics(options: {
  meter?: Meter;
  /** Due, not yet started runs per environment. */
  queueDepth: () => Promise<Map<string, number>>;
}): EngineMetrics {
  const meter = options.meter ?? metrics.getMeter('dashboard-health');
  const runs = meter.createCounter('dashboard_health.runs', {
    description: 'Finished validation runs by status and environment',
  });
  const duration = meter.createHistogram('dashboard_health.run.duration', {
    description: 'Duration of validation runs',
    unit: 'ms',
  });
  const lateness = meter.createHistogram('dashboard_health.slot.lateness', {
    description: 'Actual minus planned start of a run',
    unit: 'ms',
  });
  const tokens = meter.createCounter('dashboard_health.llm.tokens', {
    description: 'LLM tokens used by reviews',
  });
  const llmFailures = meter.createCounter('dashboard_health.llm.failures', {
    description: 'LLM reviews that gave nothing usable',
  });
  const planErrors = meter.createCounter('dashboard_health.planner.errors', {
    description: 'Policies a planner round could not plan',
  });
  meter
    .createObservableGauge('dashboard_health.queue.depth', {
      description: 'Runs due but not started, per Superset instance',
    })
    .addCallback(async result => {
      for (const [environment, depth] of await options.queueDepth()) {
        result.observe(depth, { environment });
      }
    });

  return {
    runStarted(run, latenessMs) {
      lateness.record(Math.max(0, latenessMs), {
        environment: run.environment,
        trigger: run.trigger,
      });
    },
    runFinished(run, status, durationMs) {
      runs.add(1, { status, environment: run.environment });
      duration.record(durationMs, { status, environment: run.environment });
    },
    llmReviewed(environment, outcome) {
      if (outcome.tokens) tokens.add(outcome.tokens, { environment });
      if (outcome.failed) llmFailures.add(1, { environment });
    },
    planFailed() {
      planErrors.add(1);
    },
  };
}

import {
  AggregationTemporality,
  DataPoint,
  Histogram,
  InMemoryMetricExporter,
  MeterProvider,
  PeriodicExportingMetricReader,
} from '@opentelemetry/sdk-metrics';
import { Run } from '@dashboard-health/plugin-dashboard-health-common';
import { createEngineMetrics } from './EngineMetrics';

const run = (over: Partial<Run> = {}): Run => ({
  id: 'run-1',
  policyId: 'pol-1',
  entityRef: 'resource:default/prod-dashboard-1',
  environment: 'prod',
  trigger: 'schedule',
  status: 'running',
  plannedAt: '2026-06-10T01:00:00.000Z',
  startedAt: '2026-06-10T01:00:04.000Z',
  finishedAt: null,
  attempt: 1,
  reason: null,
  recordId: null,
  deadlineAt: null,
  requestedBy: null,
  ...over,
});

describe('createEngineMetrics', () => {
  it('records runs, durations, slot lateness, LLM tokens and failures, and observes queue depth', async () => {
    const exporter = new InMemoryMetricExporter(
      AggregationTemporality.CUMULATIVE,
    );
    const reader = new PeriodicExportingMetricReader({
      exporter,
      exportIntervalMillis: 60_000,
    });
    const provider = new MeterProvider({ readers: [reader] });
    const metrics = createEngineMetrics({
      meter: provider.getMeter('test'),
      queueDepth: async () =>
        new Map([
          ['prod', 7],
          ['staging', 0],
        ]),
    });

    metrics.runStarted(run(), 4000);
    metrics.runStarted(run({ environment: 'staging' }), 250);
    metrics.runFinished(run(), 'succeeded', 1200);
    metrics.runFinished(run(), 'failed', 800);
    metrics.runFinished(run({ environment: 'staging' }), 'error', 100);
    metrics.llmReviewed('prod', { tokens: 1500, failed: false });
    metrics.llmReviewed('prod', { failed: true });
    await reader.forceFlush();

    const all = exporter
      .getMetrics()
      .flatMap(r => r.scopeMetrics.flatMap(s => s.metrics));
    const points = (name: string) =>
      all.find(m => m.descriptor.name === name)?.dataPoints ?? [];
    const byAttrs = (name: string) =>
      Object.fromEntries(
        points(name).map((p: DataPoint<unknown>) => [
          JSON.stringify(p.attributes),
          p.value,
        ]),
      );

    expect(byAttrs('dashboard_health.runs')).toEqual({
      '{"status":"succeeded","environment":"prod"}': 1,
      '{"status":"failed","environment":"prod"}': 1,
      '{"status":"error","environment":"staging"}': 1,
    });
    const lateness = points(
      'dashboard_health.slot.lateness',
    ) as DataPoint<Histogram>[];
    expect(lateness.map(p => [p.attributes.environment, p.value.sum])).toEqual([
      ['prod', 4000],
      ['staging', 250],
    ]);
    const duration = points(
      'dashboard_health.run.duration',
    ) as DataPoint<Histogram>[];
    expect(duration.reduce((sum, p) => sum + (p.value.sum ?? 0), 0)).toBe(2100);
    expect(byAttrs('dashboard_health.llm.tokens')).toEqual({
      '{"environment":"prod"}': 1500,
    });
    expect(byAttrs('dashboard_health.llm.failures')).toEqual({
      '{"environment":"prod"}': 1,
    });
    expect(byAttrs('dashboard_health.queue.depth')).toEqual({
      '{"environment":"prod"}': 7,
      '{"environment":"staging"}': 0,
    });
    await provider.shutdown();
  });
});

/*
 * Validation cost in the plugin process: 1,000 validations of generated dashboards (4 charts each) with the
 * real ValidationEngine, SupersetClient and OpenAiReviewer, against the Superset simulator and the
 * OpenAI-compatible fake, each in its own child process so their CPU and memory are not counted.
 * Reports this process's CPU (user + system) per validation, wall time, and RSS / heap before and after
 * (after a warm-up and a forced GC), with deterministic checks only, with the LLM review, and deterministic
 * only once more (see main()), all in one process.
 * Goal (issue): ≤ 20 ms plugin CPU per validation; RSS flat. Run: bash bench/run.sh validation
 *
 * Stores: the engine only reads the policy store (for run.policyId) and the record store (the policy's
 * daily token budget). The bench runs manual-style runs (policyId null), so both are stubs that are never
 * called; storing the record is the dispatcher's job and not part of "a validation" here.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_SUPERSET_DASHBOARD_ID,
  ANNOTATION_SUPERSET_INSTANCE,
  Run,
} from '@dashboard-health/plugin-dashboard-health-common';
import { SupersetClient } from '@dashboard-health/superset-client';
import { systemClock } from '../plugins/dashboard-health-backend/src/clock';
import { PolicyStore } from '../plugins/dashboard-health-backend/src/database/PolicyStore';
import { RecordStore } from '../plugins/dashboard-health-backend/src/database/RecordStore';
import { ValidationOutcome } from '../plugins/dashboard-health-backend/src/scheduling/RunExecutor';
import { OpenAiReviewer } from '../plugins/dashboard-health-backend/src/validation/llm/OpenAiReviewer';
import { ValidationEngine } from '../plugins/dashboard-health-backend/src/validation/ValidationEngine';
import { quietLogger } from './quietLogger';
import { report } from './report';

const VALIDATIONS = 1_000;
const WARM_UP = 50;
// Warm-up dashboards come after the measured ones, so warm-up never touches the 1,000 that are measured.
const DASHBOARDS = VALIDATIONS + WARM_UP;
/**
 * ~1 % of generated charts are `slow` (1.5 s) — about 40 dashboards in 1,000. A few validations in flight
 * keep wall time short without turning the bench into a load test. The CPU figure is this process's total
 * over the measured validations divided by their number, whatever the concurrency.
 */
const CONCURRENCY = 4;
/** RSS/heap are also sampled (after a GC) at these points, so a trend shows, not just two ends. */
const CHECKPOINTS = 4;
const ENVIRONMENT = 'prod';

const nodeTransform = require.resolve(
  '@backstage/cli/config/nodeTransform.cjs',
);

/** Starts a CLI in a child process and resolves with the first http URL it prints after "listening". */
async function startChild(
  script: string,
  args: string[],
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--require', nodeTransform, script, ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((ready, fail) => {
    let out = '';
    child.stdout!.on('data', chunk => {
      out += String(chunk);
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) ready(match[1]);
    });
    child.on('exit', code => fail(new Error(`${script} exited with ${code}`)));
  });
  // Keep draining stdout so a chatty child can never block on a full pipe.
  child.stdout!.resume();
  return { child, url };
}

function dashboardEntity(id: number): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: `superset-${ENVIRONMENT}-dashboard-${id}`,
      namespace: 'default',
      annotations: {
        [ANNOTATION_SUPERSET_INSTANCE]: ENVIRONMENT,
        [ANNOTATION_SUPERSET_DASHBOARD_ID]: String(id),
      },
    },
    spec: { type: 'dashboard', owner: 'group:default/data-platform' },
  };
}

function manualRun(id: number): Run {
  const now = new Date().toISOString();
  return {
    id: `bench-run-${id}`,
    policyId: null,
    entityRef: `resource:default/superset-${ENVIRONMENT}-dashboard-${id}`,
    environment: ENVIRONMENT,
    trigger: 'manual',
    status: 'running',
    plannedAt: now,
    startedAt: now,
    finishedAt: null,
    attempt: 1,
    reason: null,
    recordId: null,
    deadlineAt: null,
    requestedBy: null,
  };
}

interface Tally {
  statuses: Record<string, number>;
  llmReviewed: number;
  llmFailed: number;
  llmFailures: Record<string, number>;
}

/** Validates `ids` with at most CONCURRENCY in flight, tallying outcomes so a broken setup cannot pass as fast. */
async function validateAll(
  engine: ValidationEngine,
  ids: number[],
  tally: Tally,
): Promise<void> {
  let next = 0;
  const record = (outcome: ValidationOutcome) => {
    tally.statuses[outcome.status] = (tally.statuses[outcome.status] ?? 0) + 1;
    if (outcome.llm.failedReason) {
      tally.llmFailed += 1;
      tally.llmFailures[outcome.llm.failedReason] =
        (tally.llmFailures[outcome.llm.failedReason] ?? 0) + 1;
    } else if (outcome.llm.totalTokens !== undefined) {
      tally.llmReviewed += 1;
    }
  };
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++];
      record(
        await engine.execute({
          run: manualRun(id),
          entity: dashboardEntity(id),
          environment: ENVIRONMENT,
          signal: new AbortController().signal,
        }),
      );
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

function memory() {
  global.gc!();
  // external = Buffers and other memory outside the JS heap (sockets, response bodies), which RSS includes.
  const { rss, heapUsed, external } = process.memoryUsage();
  return { rssMb: mb(rss), heapUsedMb: mb(heapUsed), externalMb: mb(external) };
}

async function measure(engine: ValidationEngine, withLlm: boolean) {
  const warmUpIds = Array.from(
    { length: WARM_UP },
    (_, i) => VALIDATIONS + i + 1,
  );
  const ids = Array.from({ length: VALIDATIONS }, (_, i) => i + 1);
  const tally: Tally = {
    statuses: {},
    llmReviewed: 0,
    llmFailed: 0,
    llmFailures: {},
  };
  // Warm-up of this phase: JIT, lazily required modules, keep-alive connections, the Superset login.
  await validateAll(engine, warmUpIds, {
    ...tally,
    statuses: {},
    llmFailures: {},
  });

  const before = memory();
  const trend = [before];
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 20);
  // CPU and wall time are summed over the batches only, so the forced GCs at checkpoints are not charged.
  let cpuMicros = 0;
  let wallMs = 0;
  const batch = VALIDATIONS / CHECKPOINTS;
  for (let b = 0; b < CHECKPOINTS; b++) {
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await validateAll(engine, ids.slice(b * batch, (b + 1) * batch), tally);
    wallMs += Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(cpu0);
    cpuMicros += cpu.user + cpu.system;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    trend.push(memory());
  }
  clearInterval(sampler);
  const after = trend[trend.length - 1];

  const done = Object.values(tally.statuses).reduce((a, n) => a + n, 0);
  if (done !== VALIDATIONS) {
    throw new Error(`expected ${VALIDATIONS} outcomes, got ${done}`);
  }
  // Forbidden/unreadable dashboards (every 250th) end `error` before any review; all others must be reviewed.
  if (withLlm && tally.llmReviewed < VALIDATIONS * 0.95) {
    throw new Error(`too few LLM reviews: ${JSON.stringify(tally)}`);
  }
  return {
    cpuMsPerValidation:
      Math.round((cpuMicros / 1000 / VALIDATIONS) * 100) / 100,
    cpuMsTotal: Math.round(cpuMicros / 1000),
    wallSeconds: Math.round(wallMs / 10) / 100,
    validationsPerSecond: Math.round((VALIDATIONS / wallMs) * 1000 * 10) / 10,
    rssBeforeMb: before.rssMb,
    rssAfterMb: after.rssMb,
    rssGrowthMb: Math.round((after.rssMb - before.rssMb) * 10) / 10,
    peakRssMb: mb(peakRss),
    heapUsedBeforeMb: before.heapUsedMb,
    heapUsedAfterMb: after.heapUsedMb,
    heapGrowthMb: Math.round((after.heapUsedMb - before.heapUsedMb) * 10) / 10,
    afterGcTrend: trend.map(
      (m, i) =>
        `${i * batch}: rss ${m.rssMb} MB, heap ${m.heapUsedMb} MB, external ${
          m.externalMb
        } MB`,
    ),
    outcomes: tally.statuses,
    ...(withLlm
      ? {
          llmReviewed: tally.llmReviewed,
          llmFailed: tally.llmFailed,
          llmFailures: tally.llmFailures,
        }
      : {}),
  };
}

async function main() {
  const simulator = await startChild(
    resolve(__dirname, '../packages/superset-simulator/src/cli.ts'),
    [
      '--generate',
      String(DASHBOARDS),
      '--charts-per-dashboard',
      '4',
      '--port',
      '0',
    ],
  );
  const fake = await startChild(
    resolve(
      __dirname,
      '../plugins/dashboard-health-backend/src/__testUtils__/openaiFake/cli.ts',
    ),
    ['--port', '0'],
  );
  try {
    const client = new SupersetClient({
      instance: {
        id: ENVIRONMENT,
        title: 'Bench',
        baseUrl: simulator.url,
        auth: {
          provider: 'db',
          username: 'svc_dashboard_validator',
          password: 'simulator',
        },
        maxConcurrency: CONCURRENCY,
        requestTimeoutMs: 10_000,
      },
      logger: quietLogger,
    });
    const engineWith = (reviewer?: OpenAiReviewer) =>
      new ValidationEngine({
        instances: new Map([
          [ENVIRONMENT, { source: client, baseUrl: simulator.url }],
        ]),
        policies: {
          get: async () => {
            throw new Error('bench runs have no policy');
          },
        } as unknown as PolicyStore,
        records: {
          tokensUsedSince: async () => {
            throw new Error('bench runs have no token budget');
          },
        } as unknown as RecordStore,
        reviewer,
        clock: systemClock,
        chartConcurrency: 4,
        chartTimeoutMs: 5_000,
        logger: quietLogger,
      });

    // Three phases in one process: deterministic, with the LLM, deterministic again. In trial runs the first
    // phase grew ~30 MB RSS (heap only ~2-4 MB) in its first 250 validations and then stayed flat, which
    // looks like one-off process warm-up (probably V8 sizing up its young generation, code space, lazily
    // loaded modules); running the deterministic path again shows whether it grows once warm, and
    // brackets the CPU noise.
    const deterministic = await measure(engineWith(undefined), false);
    const withLlm = await measure(
      engineWith(
        new OpenAiReviewer({
          baseUrl: fake.url,
          apiKey: 'sk-bench-not-a-real-key',
          model: 'gpt-4o-mini',
          timeoutMs: 10_000,
          maxRetries: 0,
          logger: quietLogger,
        }),
      ),
      true,
    );
    const deterministicAgain = await measure(engineWith(undefined), false);

    const deterministicCpu =
      (deterministic.cpuMsPerValidation +
        deterministicAgain.cpuMsPerValidation) /
      2;
    const llmShare =
      Math.round((withLlm.cpuMsPerValidation - deterministicCpu) * 100) / 100;
    report('validation', {
      validations: VALIDATIONS,
      chartsPerDashboard: 4,
      concurrency: CONCURRENCY,
      warmUp: WARM_UP,
      stores: 'stubs (runs without policy: neither store is called)',
      order: 'deterministicOnly, withLlm, deterministicOnlyAgain (one process)',
      withLlm,
      deterministicOnly: deterministic,
      deterministicOnlyAgain: deterministicAgain,
      llmClientCpuMsPerValidation: llmShare,
      llmShareOfCpu:
        Math.round((llmShare / withLlm.cpuMsPerValidation) * 1000) / 1000,
      goal: '≤ 20 ms plugin CPU per validation (with LLM); RSS flat',
      meetsCpuGoal: withLlm.cpuMsPerValidation <= 20,
      // < 10 MB per 1,000 (10 KB per validation): above the ±5 MB RSS noise of trial runs' checkpoints.
      rssFlatAfterFirstPhase:
        withLlm.rssGrowthMb < 10 && deterministicAgain.rssGrowthMb < 10,
    });
  } finally {
    simulator.child.kill('SIGTERM');
    fake.child.kill('SIGTERM');
  }
}

if (typeof global.gc !== 'function') {
  // bench/run.sh does not pass --expose-gc; RSS "after a GC" needs it, so run again with it.
  const child = spawn(
    process.execPath,
    [...process.execArgv, '--expose-gc', __filename, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  child.on('exit', code => process.exit(code ?? 1));
} else {
  main().catch(error => {
    console.error(error);
    process.exit(1);
  });
}

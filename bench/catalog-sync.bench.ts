/*
 * Catalog sync at scale: one provider syncs 50,000 dashboards from the simulator (in a child process, so its
 * memory is not counted), paging by id ranges within the instance's request budget (maxRequestsPerSecond,
 * default 20), and reports wall time, requests, the request rate Superset saw and the peak extra RSS of
 * this process. Goal (issue 13): under 2 minutes and under 500 MB extra RSS.
 * Run: ./bench/run.sh catalog-sync (BENCH_DASHBOARDS and BENCH_RATE override the size and the budget).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { SupersetClient } from '@dashboard-health/superset-client';
import { OwnerResolver } from '../plugins/catalog-backend-module-superset/src/entity/ownerResolver';
import { SupersetEntityProvider } from '../plugins/catalog-backend-module-superset/src/provider/SupersetEntityProvider';
import { quietLogger } from './quietLogger';
import { report } from './report';

const DASHBOARDS = Number(process.env.BENCH_DASHBOARDS ?? 50_000);
const RATE = Number(process.env.BENCH_RATE ?? 20);
const PORT = 18090;

async function startSimulator() {
  const child = spawn(
    process.execPath,
    [
      '--require',
      require.resolve('@backstage/cli/config/nodeTransform.cjs'),
      resolve(__dirname, '../packages/superset-simulator/src/cli.ts'),
      '--generate',
      String(DASHBOARDS),
      '--port',
      String(PORT),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((ready, fail) => {
    child.stdout.on('data', chunk => {
      if (String(chunk).includes('listening')) ready();
    });
    child.on('exit', code => fail(new Error(`simulator exited with ${code}`)));
  });
  return child;
}

async function main() {
  const simulator = await startSimulator();
  try {
    const instance = {
      id: 'bench',
      title: 'Bench',
      baseUrl: `http://127.0.0.1:${PORT}`,
      auth: {
        provider: 'db' as const,
        username: 'svc_dashboard_validator',
        password: 'simulator',
      },
      maxConcurrency: 2,
      requestTimeoutMs: 30_000,
      maxRequestsPerSecond: RATE,
    };
    let requests = 0;
    const countingFetch: typeof fetch = (input, init) => {
      requests++;
      return fetch(input, init);
    };
    let applied = 0;
    const provider = new SupersetEntityProvider({
      instance,
      source: new SupersetClient({
        instance,
        logger: quietLogger,
        fetch: countingFetch,
      }),
      owners: new OwnerResolver([], 'group:default/data-platform'),
      maxRemovalShare: 0.5,
      currentEntityNames: async () => new Set(),
      taskRunner: { run: async () => {} },
      logger: quietLogger,
    });
    await provider.connect({
      applyMutation: async mutation => {
        applied = mutation.type === 'full' ? mutation.entities.length : 0;
      },
      refresh: async () => {},
    });

    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const t0 = process.hrtime.bigint();
    const result = await provider.sync();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    if (result.outcome !== 'applied' || applied !== DASHBOARDS) {
      throw new Error(
        `sync did not apply ${DASHBOARDS} entities: ${JSON.stringify(
          result,
        )}, applied ${applied}`,
      );
    }
    const extraMb = (peak - baseline) / 2 ** 20;
    report('catalog-sync', {
      dashboards: DASHBOARDS,
      maxRequestsPerSecond: RATE,
      requests,
      requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
      seconds: Math.round(seconds * 100) / 100,
      peakExtraRssMb: Math.round(extraMb),
      goal: 'under 120 s and under 500 MB extra RSS',
      meetsGoal: seconds < 120 && extraMb < 500,
    });
  } finally {
    simulator.kill('SIGTERM');
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

/*
 * Catalog sync at scale: one provider syncs 10,000 dashboards from the simulator (in a child process, so its
 * memory is not counted) and reports wall time and the peak extra RSS of this process.
 * Goal (issue 3): under 60 s and under 300 MB extra RSS. Run: yarn bench catalog-sync
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { SupersetClient } from '@dashboard-health/superset-client';
import { OwnerResolver } from '../plugins/catalog-backend-module-superset/src/entity/ownerResolver';
import { SupersetEntityProvider } from '../plugins/catalog-backend-module-superset/src/provider/SupersetEntityProvider';
import { quietLogger } from './quietLogger';
import { report } from './report';

const DASHBOARDS = 10_000;
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
    };
    let applied = 0;
    const provider = new SupersetEntityProvider({
      instance,
      source: new SupersetClient({ instance, logger: quietLogger }),
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
      seconds: Math.round(seconds * 100) / 100,
      peakExtraRssMb: Math.round(extraMb),
      goal: 'under 60 s and under 300 MB extra RSS',
      meetsGoal: seconds < 60 && extraMb < 300,
    });
  } finally {
    simulator.kill('SIGTERM');
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});

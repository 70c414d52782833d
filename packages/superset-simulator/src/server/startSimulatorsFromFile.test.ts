import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { api, login } from '../__testUtils__/http';
import { loadScenarioFile } from '../scenario/loadScenarioFile';
import { startSimulatorsFromFile } from './startSimulatorsFromFile';
import { startSupersetSimulator } from './startSupersetSimulator';

const PACKAGE_DIR = resolve(__dirname, '../..');
const DEMO = resolve(PACKAGE_DIR, 'scenarios/demo.yaml');

describe('startSimulatorsFromFile', () => {
  it('serves every instance of a file on its own port', async () => {
    const { instances } = loadScenarioFile(DEMO);
    const file = join(
      mkdtempSync(join(tmpdir(), 'superset-simulator-')),
      'two.json',
    );
    // The demo's instances on random ports, so the test never collides with a running demo.
    writeFileSync(
      file,
      JSON.stringify({ instances: instances.map(i => ({ ...i, port: 0 })) }),
    );
    const simulators = await startSimulatorsFromFile(file);
    try {
      expect(simulators.map(s => s.id)).toEqual(['prod', 'staging']);
      expect(new Set(simulators.map(s => s.url)).size).toBe(2);
      for (const sim of simulators) {
        const { access: token } = await login(sim.url);
        const list = await api(
          sim.url,
          '/api/v1/dashboard/?q=(page_size:100)',
          { token },
        );
        expect(list.body.count).toBe(sim.id === 'prod' ? 24 : 10);
      }
    } finally {
      await Promise.all(simulators.map(s => s.close()));
    }
  });

  it('answers every demo chart as its behaviour says', async () => {
    const [prod] = loadScenarioFile(DEMO).instances;
    const { id, port, ownership, faults, ...scenario } = prod;
    const sim = await startSupersetSimulator({ scenario, id });
    const expected: Record<string, number> = {
      ok: 200,
      stale: 200,
      empty: 200,
      error: 400,
      'columns-missing': 400,
      'no-query-context': 400,
      forbidden: 403,
      async: 202,
    };
    try {
      const { access: token } = await login(sim.url);
      for (const chart of scenario.charts.filter(c => c.behaviour !== 'slow')) {
        const response = await api(sim.url, `/api/v1/chart/${chart.id}/data/`, {
          token,
        });
        expect([chart.id, response.status]).toEqual([
          chart.id,
          expected[chart.behaviour],
        ]);
      }
      for (const dashboard of scenario.dashboards) {
        const detail = await api(
          sim.url,
          `/api/v1/dashboard/${dashboard.id}/datasets`,
          { token },
        );
        expect([dashboard.id, detail.status]).toEqual([
          dashboard.id,
          dashboard.forbidden ? 403 : 200,
        ]);
      }
    } finally {
      await sim.close();
    }
  });
});

describe('cli', () => {
  it('starts a generated instance, logs it, and stops on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      [
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        'src/cli.ts',
        '--generate',
        '30',
        '--port',
        '0',
      ],
      { cwd: PACKAGE_DIR, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', chunk => {
      output += chunk;
    });
    child.stderr.on('data', chunk => {
      output += chunk;
    });
    const line = await new Promise<string>((done, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`no start line: ${output}`)),
        20_000,
      );
      child.stdout.on('data', () => {
        const match =
          /superset-simulator generated listening on (\S+) \(30 dashboards\)/.exec(
            output,
          );
        if (match) {
          clearTimeout(timer);
          done(match[1]);
        }
      });
    });
    const health = await fetch(`${line}/health`);
    expect(await health.text()).toBe('OK');
    const exitCode = await new Promise<number | null>(done => {
      child.on('exit', code => done(code));
      child.kill('SIGTERM');
    });
    expect(exitCode).toBe(0);
    expect(output).toContain('SIGTERM, shutting down');
  }, 30_000);
});

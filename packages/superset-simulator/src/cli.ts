/**
 * superset-simulator [--scenario scenarios/demo.yaml] [--generate 10000 --port 8090]
 *
 * Serves the instances of a scenario file (default: the demo), or one generated instance, until
 * SIGINT/SIGTERM.
 */
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateScenario } from './scenario/generateScenario';
import { ownershipSchema } from './scenario/schema';
import { startSimulatorsFromFile } from './server/startSimulatorsFromFile';
import { startSupersetSimulator } from './server/startSupersetSimulator';
import { supersetVersionSchema } from './versions/profiles';
import type { RunningSupersetSimulator, SimulatorFaults } from './server/types';

/** The demo scenario ships with the package (package.json "files"). */
const PACKAGE_DIR = dirname(
  require.resolve('@internal/superset-simulator/package.json'),
);

const USAGE = `Usage: superset-simulator [options]
  --scenario <file>            scenario file (YAML or JSON); default scenarios/demo.yaml
  --generate <n>               serve one generated instance with n dashboards instead
  --charts-per-dashboard <n>   with --generate (default 4)
  --seed <n>                   with --generate (default 1)
  --port <n>                   with --generate (default 8090)
  --host <host>                listen address (default 127.0.0.1)
  --ownership owners|editors   with --generate: Superset <=6.0 or later payload shapes
  --superset-version 4.1|5.0|6.0  with --generate: the Superset line's shapes (default 5.0)
  --async-queries              with --generate: GLOBAL_ASYNC_QUERIES on (202 jobs, async_event)
  --latency <ms> --error-rate <0..1> --malformed-json-rate <0..1> --token-lifetime <s>
                               fault knobs (also settable at runtime: PUT /__simulator/faults)`;

const { values } = parseArgs({
  options: {
    scenario: { type: 'string' },
    generate: { type: 'string' },
    'charts-per-dashboard': { type: 'string' },
    seed: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
    ownership: { type: 'string' },
    'superset-version': { type: 'string' },
    'async-queries': { type: 'boolean' },
    latency: { type: 'string' },
    'error-rate': { type: 'string' },
    'malformed-json-rate': { type: 'string' },
    'token-lifetime': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

function numberOption(name: keyof typeof values): number | undefined {
  const value = values[name];
  if (value === undefined || typeof value !== 'string') {
    return undefined;
  }
  const parsed = Number(value);
  if (Number.isNaN(parsed)) {
    throw new Error(`--${name} expects a number, got '${value}'`);
  }
  return parsed;
}

function faultOptions(): Partial<SimulatorFaults> {
  const faults: Partial<SimulatorFaults> = {
    latencyMs: numberOption('latency'),
    errorRate: numberOption('error-rate'),
    malformedJsonRate: numberOption('malformed-json-rate'),
    tokenLifetimeSeconds: numberOption('token-lifetime'),
  };
  return Object.fromEntries(
    Object.entries(faults).filter(([, v]) => v !== undefined),
  );
}

async function start(): Promise<RunningSupersetSimulator[]> {
  const faults = faultOptions();
  if (values.generate !== undefined) {
    const scenario = generateScenario({
      dashboards: numberOption('generate')!,
      chartsPerDashboard: numberOption('charts-per-dashboard'),
      seed: numberOption('seed'),
    });
    return [
      await startSupersetSimulator({
        id: 'generated',
        scenario,
        port: numberOption('port') ?? 8090,
        host: values.host,
        ownership: ownershipSchema.parse(values.ownership ?? 'owners'),
        version: supersetVersionSchema.parse(
          values['superset-version'] ?? '5.0',
        ),
        asyncQueries: values['async-queries'] ? {} : undefined,
        faults,
      }),
    ];
  }
  const file = values.scenario
    ? resolve(values.scenario)
    : resolve(PACKAGE_DIR, 'scenarios/demo.yaml');
  const simulators = await startSimulatorsFromFile(file, { host: values.host });
  if (Object.keys(faults).length > 0) {
    simulators.forEach(s => s.setFaults(faults));
  }
  return simulators;
}

async function main() {
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const simulators = await start();
  for (const sim of simulators) {
    process.stdout.write(
      `superset-simulator ${sim.id} listening on ${sim.url} (${sim.scenario.dashboards.length} dashboards)\n`,
    );
  }
  const stop = async (signal: string) => {
    process.stdout.write(`superset-simulator: ${signal}, shutting down\n`);
    await Promise.all(simulators.map(s => s.close()));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch(error => {
  process.stderr.write(`superset-simulator: ${(error as Error).message}\n`);
  process.exit(1);
});

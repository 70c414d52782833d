import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { asyncQueriesSchema } from '../async/asyncQueriesSchema';
import { createAsyncQueries } from '../async/AsyncQueries';
import { TokenService } from '../auth/tokenService';
import { LiveModel } from '../model/liveModel';
import { fixedClock, systemClock } from '../time/clock';
import { versionProfile } from '../versions/profiles';
import { createApp } from './createApp';
import type { SimulatorContext } from './context';
import { FaultController } from './faults';
import { ScenarioEditor } from './scenarioEditor';
import type {
  RequestLogEntry,
  RunningSupersetSimulator,
  StartSupersetSimulatorOptions,
} from './types';

/** Starts one simulated Superset instance and resolves once it accepts connections. */
export async function startSupersetSimulator(
  options: StartSupersetSimulatorOptions,
): Promise<RunningSupersetSimulator> {
  const { scenario } = options;
  const clock =
    options.clock ?? (scenario.now ? fixedClock(scenario.now) : systemClock);
  const profile = versionProfile(options.version);
  const model = new LiveModel(
    scenario,
    clock,
    options.ownership ?? profile.ownership,
  );
  model.get(); // resolve now, so a broken scenario fails the start instead of the first request
  const faults = new FaultController(options.faults);
  const tokens = new TokenService(
    clock,
    () => faults.current().tokenLifetimeSeconds,
  );
  const editor = new ScenarioEditor(scenario, model);

  const timers = new Set<NodeJS.Timeout>();
  const schedule = (delayMs: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, delayMs);
    timers.add(timer);
  };
  const asyncConfig = options.asyncQueries
    ? asyncQueriesSchema.parse(options.asyncQueries)
    : undefined;
  const context: SimulatorContext = {
    model,
    clock,
    tokens,
    profile,
    asyncQueries: asyncConfig?.enabled
      ? createAsyncQueries(asyncConfig, profile, clock, schedule)
      : undefined,
    schedule,
  };
  const requests: RequestLogEntry[] = [];
  const expireTokens = () => tokens.expireAccessTokens();
  const app = createApp({ context, faults, requests, expireTokens });

  const server = createServer(app);
  server.on('connection', socket => faults.accept(socket));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    id: options.id ?? 'superset',
    url: `http://${urlHost}:${port}`,
    port,
    scenario,
    requests,
    faults: () => faults.current(),
    setFaults: update => faults.set(update),
    expireTokens,
    expireAsyncTokens: () => context.asyncQueries?.channels.expireTokens(),
    expireAsyncResults: () => context.asyncQueries?.jobs.expireResults(),
    addDashboard: dashboard => editor.addDashboard(dashboard),
    removeDashboard: id => editor.removeDashboard(id),
    updateDashboard: (id, patch) => editor.updateDashboard(id, patch),
    addChart: chart => editor.addChart(chart),
    updateChart: (id, patch) => editor.updateChart(id, patch),
    refresh: () => model.invalidate(),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) {
          clearTimeout(timer);
        }
        timers.clear();
        server.close(error => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

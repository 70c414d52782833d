import {
  fixtureScenario,
  RunningSupersetSimulator,
  startSupersetSimulator,
  StartSupersetSimulatorOptions,
} from '@internal/superset-simulator';
import {
  SupersetClient,
  SupersetClientOptions,
} from '../client/SupersetClient';
import { SupersetInstanceConfig } from '../config';
import { captureLogger, CapturingLogger } from './captureLogger';

/** The service account of the simulator's scenarios. */
export const SERVICE_ACCOUNT = {
  username: 'svc_dashboard_validator',
  password: 'simulator',
};

/** A clock the test moves by hand, starting at the fixtures' "now". */
export class TestClock {
  private current: number;

  constructor(start = '2025-07-24T10:00:00Z') {
    this.current = Date.parse(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  advance(seconds: number): void {
    this.current += seconds * 1000;
  }
}

export interface SimulatorHarness {
  sim: RunningSupersetSimulator;
  client: SupersetClient;
  logger: CapturingLogger;
  /** Every back-off the client asked to wait, in ms (the injected sleep returns at once). */
  sleeps: number[];
  instance: SupersetInstanceConfig;
  /** Requests the simulator answered, as `METHOD path status`, without the login. */
  calls(): string[];
}

const running: RunningSupersetSimulator[] = [];

/**
 * Starts a simulator (the fixture scenario unless told otherwise) and a client for it with a capturing
 * logger and an instant sleep. Everything started is closed by {@link closeSimulators}.
 */
export async function startHarness(
  options: {
    simulator?: Partial<StartSupersetSimulatorOptions>;
    client?: Partial<SupersetClientOptions>;
    instance?: Partial<SupersetInstanceConfig>;
  } = {},
): Promise<SimulatorHarness> {
  const sim = await startSupersetSimulator({
    scenario: fixtureScenario(),
    port: 0,
    ...options.simulator,
  });
  running.push(sim);
  const instance: SupersetInstanceConfig = {
    id: 'prod',
    title: 'Production',
    baseUrl: sim.url,
    auth: { provider: 'db', ...SERVICE_ACCOUNT },
    maxConcurrency: 2,
    requestTimeoutMs: 5_000,
    ...options.instance,
  };
  const logger = captureLogger();
  const sleeps: number[] = [];
  const client = new SupersetClient({
    instance,
    logger,
    sleep: async ms => {
      sleeps.push(ms);
    },
    ...options.client,
  });
  return {
    sim,
    client,
    logger,
    sleeps,
    instance,
    calls: () =>
      sim.requests
        .filter(r => !r.path.startsWith('/api/v1/security/'))
        .map(r => `${r.method} ${r.path} ${r.status}`),
  };
}

export async function closeSimulators(): Promise<void> {
  await Promise.all(running.splice(0).map(sim => sim.close()));
}

/** Requests to one path, e.g. the logins: `countRequests(sim, 'POST', '/api/v1/security/login')`. */
export function countRequests(
  sim: RunningSupersetSimulator,
  method: string,
  path: string,
): number {
  return sim.requests.filter(r => r.method === method && r.path === path)
    .length;
}

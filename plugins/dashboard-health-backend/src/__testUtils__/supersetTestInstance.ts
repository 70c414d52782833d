import { mockServices } from '@backstage/backend-test-utils';
import {
  fixtureScenario,
  RunningSupersetSimulator,
  startSupersetSimulator,
  StartSupersetSimulatorOptions,
} from '@internal/superset-simulator';
import { SupersetClient } from '@dashboard-health/superset-client';
import { EngineInstance } from '../validation/ValidationEngine';

/** The shared fixtures' Superset ("now" 2025-07-24T10:00Z) behind a real client, as the engine sees it. */
export async function startFixtureSuperset(
  scenario = fixtureScenario(),
  /** Simulator options beyond the scenario: a Superset `version`, `asyncQueries`, ... */
  options: Partial<StartSupersetSimulatorOptions> = {},
): Promise<{
  simulator: RunningSupersetSimulator;
  instance: EngineInstance;
  client: SupersetClient;
}> {
  const simulator = await startSupersetSimulator({
    scenario,
    port: 0,
    ...options,
  });
  const client = new SupersetClient({
    instance: {
      id: 'prod',
      title: 'Production',
      baseUrl: simulator.url,
      auth: {
        provider: 'db',
        username: 'svc_dashboard_validator',
        password: 'simulator',
      },
      maxConcurrency: 2,
      requestTimeoutMs: 5_000,
      // Async instances only: a short real poll interval keeps the tests quick.
      asyncQueries: { jwtCookieName: 'async-token', pollIntervalMs: 10 },
    },
    logger: mockServices.logger.mock(),
    sleep: async () => {},
  });
  return {
    simulator,
    client,
    instance: { source: client, baseUrl: simulator.url },
  };
}

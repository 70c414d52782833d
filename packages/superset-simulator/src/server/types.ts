import type { Ownership, Scenario } from '../scenario/schema';
import type {
  ScenarioChart,
  ScenarioChartInput,
  ScenarioDashboard,
  ScenarioDashboardInput,
} from '../scenario/schema';
import type { AsyncQueriesInput } from '../async/asyncQueriesSchema';
import type { Clock } from '../time/clock';
import type { SupersetVersion } from '../versions/profiles';

/** Failure knobs of a running simulator, settable at start and at any time after. */
export interface SimulatorFaults {
  /** Added to every API response. */
  latencyMs: number;
  /** Share (0..1) of API requests answered 500 {"message":"Fatal error"}. */
  errorRate: number;
  /** Lifetime of newly issued access tokens (Superset's default: 900). */
  tokenLifetimeSeconds: number;
  /** Share (0..1) of API requests answered 200 with a truncated JSON body. */
  malformedJsonRate: number;
  /** Every connection is destroyed as soon as it opens (and open ones at once). */
  down: boolean;
  /** Seed of the PRNG behind errorRate/malformedJsonRate; setting it restarts the sequence. */
  seed: number;
}

export const DEFAULT_FAULTS: SimulatorFaults = {
  latencyMs: 0,
  errorRate: 0,
  tokenLifetimeSeconds: 900,
  malformedJsonRate: 0,
  down: false,
  seed: 1,
};

export interface StartSupersetSimulatorOptions {
  scenario: Scenario;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: real time, or a clock stopped at `scenario.now` when the scenario sets one. */
  clock?: Clock;
  faults?: Partial<SimulatorFaults>;
  /** 'editors' serves the post-6.0 shapes (editors/viewers instead of owners). Default: the version's. */
  ownership?: Ownership;
  /** The Superset line whose shapes are served (see versions/profiles.ts). Default '5.0'. */
  version?: SupersetVersion;
  /** GLOBAL_ASYNC_QUERIES on: chart data answers 202 jobs, followed through /api/v1/async_event/. */
  asyncQueries?: AsyncQueriesInput;
  /** Name used in logs (the instance id of a scenario file). Default "superset". */
  id?: string;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  /** The raw query string, without "?". */
  query: string;
  status: number;
}

export interface RunningSupersetSimulator {
  id: string;
  /** e.g. http://127.0.0.1:43121 */
  url: string;
  port: number;
  /** The live scenario: changes are seen by the next request (see refresh() for in-place edits). */
  scenario: Scenario;
  /** Every answered request, in order. */
  requests: RequestLogEntry[];
  faults(): SimulatorFaults;
  setFaults(faults: Partial<SimulatorFaults>): void;
  /** All access tokens issued so far answer 401 "Token has expired" from now on. */
  expireTokens(): void;
  /** Async queries only: every async-token JWT issued so far fails to decode from now on. */
  expireAsyncTokens(): void;
  /** Async queries only: every cached async result is gone (result_url answers 404). */
  expireAsyncResults(): void;
  addDashboard(dashboard: ScenarioDashboardInput): ScenarioDashboard;
  removeDashboard(id: number): boolean;
  updateDashboard(
    id: number,
    patch: Partial<ScenarioDashboardInput>,
  ): ScenarioDashboard;
  addChart(chart: ScenarioChartInput): ScenarioChart;
  updateChart(id: number, patch: Partial<ScenarioChartInput>): ScenarioChart;
  /** Rebuilds the indexes after in-place edits of scenario objects. */
  refresh(): void;
  close(): Promise<void>;
}

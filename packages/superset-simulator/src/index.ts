/**
 * A Superset REST API simulator driven by scenario files: the test double of every Superset-facing
 * test, the embedded default Superset of `yarn start`, and a load generator.
 *
 * @packageDocumentation
 */
export { parseScenario } from './scenario/parseScenario';
export type { ScenarioFile, ScenarioInstance } from './scenario/parseScenario';
export { loadScenarioFile } from './scenario/loadScenarioFile';
export { fixtureScenario } from './scenario/fixtureScenario';
export { generateScenario } from './scenario/generateScenario';
export type { GenerateScenarioOptions } from './scenario/generateScenario';
export type {
  ChartBehaviour,
  Ownership,
  Scenario,
  ScenarioInput,
  ScenarioChart,
  ScenarioChartInput,
  ScenarioColumn,
  ScenarioDashboard,
  ScenarioDashboardInput,
  ScenarioDatabase,
  ScenarioDataset,
  ScenarioMetric,
  ScenarioUser,
} from './scenario/schema';
export { startSupersetSimulator } from './server/startSupersetSimulator';
export { startSimulatorsFromFile } from './server/startSimulatorsFromFile';
export { DEFAULT_FAULTS } from './server/types';
export type {
  RequestLogEntry,
  RunningSupersetSimulator,
  SimulatorFaults,
  StartSupersetSimulatorOptions,
} from './server/types';
export type { Clock } from './time/clock';
export { fixedClock } from './time/clock';
export { supersetVersions, versionProfile } from './versions/profiles';
export type { SupersetVersion, VersionProfile } from './versions/profiles';
export type {
  AsyncQueriesConfig,
  AsyncQueriesInput,
} from './async/asyncQueriesSchema';
export { createPrng } from './util/prng';

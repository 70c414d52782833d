import { fixtureScenario } from '../scenario/fixtureScenario';
import type { Ownership, Scenario } from '../scenario/schema';
import { startSupersetSimulator } from '../server/startSupersetSimulator';
import type {
  RunningSupersetSimulator,
  SimulatorFaults,
} from '../server/types';
import { MutableClock } from './mutableClock';

export const FIXTURE_NOW = '2025-07-24T10:00:00Z';

export interface FixtureSimulator {
  sim: RunningSupersetSimulator;
  clock: MutableClock;
}

/** The fixtures' instance on a random port with a hand-moved clock, optionally changed first. */
export async function startFixtureSimulator(
  options: {
    change?: (scenario: Scenario) => void;
    ownership?: Ownership;
    faults?: Partial<SimulatorFaults>;
  } = {},
): Promise<FixtureSimulator> {
  const scenario = fixtureScenario();
  options.change?.(scenario);
  const clock = new MutableClock(FIXTURE_NOW);
  const sim = await startSupersetSimulator({
    scenario,
    clock,
    ownership: options.ownership,
    faults: options.faults,
  });
  return { sim, clock };
}

import { loadScenarioFile } from '../scenario/loadScenarioFile';
import { startSupersetSimulator } from './startSupersetSimulator';
import type { RunningSupersetSimulator } from './types';

/** Starts every instance of a scenario file on its own port; all or none. */
export async function startSimulatorsFromFile(
  path: string,
  overrides: { host?: string } = {},
): Promise<RunningSupersetSimulator[]> {
  const file = loadScenarioFile(path);
  const started: RunningSupersetSimulator[] = [];
  try {
    for (const instance of file.instances) {
      const {
        id,
        port,
        ownership,
        version,
        asyncQueries,
        faults,
        ...scenario
      } = instance;
      started.push(
        await startSupersetSimulator({
          id,
          port,
          ownership,
          version,
          asyncQueries,
          faults,
          scenario,
          host: overrides.host,
        }),
      );
    }
  } catch (error) {
    await Promise.all(started.map(s => s.close()));
    throw error;
  }
  return started;
}

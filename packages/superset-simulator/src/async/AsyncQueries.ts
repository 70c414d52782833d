import type { Clock } from '../time/clock';
import type { VersionProfile } from '../versions/profiles';
import { AsyncChannels } from './AsyncChannels';
import { AsyncJobStore } from './AsyncJobStore';
import type { AsyncQueriesConfig } from './asyncQueriesSchema';

/** GLOBAL_ASYNC_QUERIES of one simulated instance: its channels (cookies) and its jobs (worker + Redis). */
export interface AsyncQueries {
  config: AsyncQueriesConfig;
  channels: AsyncChannels;
  jobs: AsyncJobStore;
}

export function createAsyncQueries(
  config: AsyncQueriesConfig,
  profile: VersionProfile,
  clock: Clock,
  schedule: (delayMs: number, run: () => void) => void,
): AsyncQueries {
  return {
    config,
    channels: new AsyncChannels(config, clock),
    jobs: new AsyncJobStore(config, profile, clock, schedule),
  };
}

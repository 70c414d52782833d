import type { AsyncQueries } from '../async/AsyncQueries';
import type { TokenService } from '../auth/tokenService';
import type { LiveModel } from '../model/liveModel';
import type { Clock } from '../time/clock';
import type { VersionProfile } from '../versions/profiles';

/** What every route of one simulated instance shares. */
export interface SimulatorContext {
  model: LiveModel;
  clock: Clock;
  tokens: TokenService;
  /** The Superset line whose shapes this instance serves. */
  profile: VersionProfile;
  /** Set when the instance runs with GLOBAL_ASYNC_QUERIES on. */
  asyncQueries?: AsyncQueries;
  /** setTimeout that close() cancels, for answers that are deliberately late. */
  schedule(delayMs: number, run: () => void): void;
}

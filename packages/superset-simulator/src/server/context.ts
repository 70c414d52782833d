import type { TokenService } from '../auth/tokenService';
import type { LiveModel } from '../model/liveModel';
import type { Clock } from '../time/clock';

/** What every route of one simulated instance shares. */
export interface SimulatorContext {
  model: LiveModel;
  clock: Clock;
  tokens: TokenService;
  /** setTimeout that close() cancels, for answers that are deliberately late. */
  schedule(delayMs: number, run: () => void): void;
}

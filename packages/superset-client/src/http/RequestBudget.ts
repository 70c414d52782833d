import { Sleep, sleepUnlessAborted } from './sleep';

/**
 * The instance's own request budget (`maxRequestsPerSecond`): every request to Superset, retries and
 * logins included, starts at least 1/rate seconds after the one before, whoever sends it — a sync
 * paging 50,000 dashboards and the validations of the same instance share it, so Superset is never
 * hammered. Without a rate, requests go out at once.
 */
export class RequestBudget {
  /** One budget per instance and rate in the process, whichever plugin's client asks. */
  private static readonly shared = new Map<string, RequestBudget>();

  /** The budget every client of the instance at `key` (its id and base URL) shares. */
  static forInstance(
    key: string,
    perSecond: number | undefined,
    now: () => number,
    sleep?: Sleep,
  ): RequestBudget {
    if (!perSecond) return new RequestBudget(undefined, now, sleep);
    const id = `${key} ${perSecond}`;
    let budget = RequestBudget.shared.get(id);
    if (!budget) {
      budget = new RequestBudget(perSecond, now, sleep);
      RequestBudget.shared.set(id, budget);
    }
    return budget;
  }

  /** When the next request may start, epoch ms. */
  private nextStart = 0;

  constructor(
    private readonly perSecond: number | undefined,
    private readonly now: () => number,
    private readonly sleep?: Sleep,
  ) {}

  /** Waits for this request's turn; a caller who aborts stops waiting (its turn is not given back). */
  async take(signal: AbortSignal | undefined, onAbort: () => Error) {
    if (!this.perSecond) return;
    const now = this.now();
    const start = Math.max(now, this.nextStart);
    this.nextStart = start + 1000 / this.perSecond;
    if (start > now) {
      await sleepUnlessAborted(this.sleep, start - now, signal, onAbort);
    }
  }
}

import { SupersetApiError } from '@dashboard-health/superset-client';

/**
 * One chart's whole time (`validation.chartTimeout`), retries included. The Superset client retries
 * timeouts and 5xx answers, so its per-attempt timeout alone lets a hanging chart take (1 + retries) ×
 * chartTimeout plus back-offs, and a few such charts outlast the run timeout. The budget's `signal`, given
 * to the client, aborts whatever the chart waits on when the budget ends (the request in flight, a
 * back-off, the login), so no retry starts past it.
 */
export class ChartBudget {
  /** The run's signal joined with the budget's: what the chart's calls are made with. */
  readonly signal: AbortSignal;
  private readonly deadline: AbortSignal;

  constructor(private readonly run: AbortSignal, readonly ms: number) {
    this.deadline = AbortSignal.timeout(ms);
    this.signal = AbortSignal.any([run, this.deadline]);
  }

  /**
   * Whether `error` is the budget running out: the client's abort or timeout once the budget is spent.
   * The run's own abort is not (it ends the run), nor is an answer Superset gave as the budget ended.
   */
  endedBy(error: unknown): boolean {
    return (
      this.deadline.aborted &&
      !this.run.aborted &&
      error instanceof SupersetApiError &&
      (error.kind === 'aborted' || error.kind === 'timeout')
    );
  }
}

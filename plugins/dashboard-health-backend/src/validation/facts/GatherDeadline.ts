/**
 * The whole gathering's time (`validation.dashboardBudget`): charts and freshness probes together. The
 * run timeout ends a run with nothing to show for it; this ends the gathering a little earlier, so the
 * charts it did check are recorded and the ones it could not are named.
 */
export class GatherDeadline {
  /** Aborts the calls still waiting on Superset when the budget ends. */
  readonly signal: AbortSignal;

  /** Without `ms` there is no budget beyond the run's own timeout: the signal never fires. */
  constructor(readonly ms?: number) {
    this.signal =
      ms === undefined ? new AbortController().signal : AbortSignal.timeout(ms);
  }

  get passed(): boolean {
    return this.signal.aborted;
  }

  /** Why a chart was not checked, for its fact. */
  reason(what: 'not started' | 'cut short'): string {
    const budget = `the validation's ${Math.round(
      (this.ms ?? 0) / 1000,
    )} s budget`;
    return what === 'not started'
      ? `not checked: ${budget} was spent before its turn`
      : `not checked: ${budget} ran out while its query ran`;
  }
}

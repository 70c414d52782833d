/** The verdict on applying a sync that changes the provider's entity count from `previous` to `next`. */
export type DeletionGuardVerdict =
  | { apply: true }
  | { apply: false; reason: string };

/**
 * Refuses a sync that looks like a Superset outage rather than real deletions: one that returns nothing
 * when the catalog holds the provider's entities, or that would remove more than `maxRemovalShare` of them.
 * `previous` is undefined when the count is unknown (the catalog could not be asked): then only an empty
 * result is refused, since applying it could wipe everything.
 */
export function checkDeletionGuard(options: {
  previous: number | undefined;
  next: number;
  removed: number;
  maxRemovalShare: number;
}): DeletionGuardVerdict {
  const { previous, next, removed, maxRemovalShare } = options;
  if (next === 0) {
    if (previous === 0) {
      return { apply: true };
    }
    return {
      apply: false,
      reason:
        previous === undefined
          ? 'Superset returned no dashboards and the current entity count is unknown'
          : `Superset returned no dashboards but the catalog holds ${previous} from this provider`,
    };
  }
  if (previous !== undefined && previous > 0) {
    const share = removed / previous;
    if (share > maxRemovalShare) {
      return {
        apply: false,
        reason: `the sync would remove ${removed} of ${previous} dashboards (${formatPercent(
          share,
        )}), more than the allowed ${formatPercent(maxRemovalShare)}`,
      };
    }
  }
  return { apply: true };
}

function formatPercent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

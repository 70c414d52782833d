import { checkDeletionGuard } from './deletionGuard';

describe('checkDeletionGuard', () => {
  const maxRemovalShare = 0.5;

  it('applies a first sync and normal changes', () => {
    expect(
      checkDeletionGuard({
        previous: 0,
        next: 24,
        removed: 0,
        maxRemovalShare,
      }),
    ).toEqual({ apply: true });
    expect(
      checkDeletionGuard({
        previous: 24,
        next: 23,
        removed: 1,
        maxRemovalShare,
      }),
    ).toEqual({ apply: true });
    expect(
      checkDeletionGuard({
        previous: 10,
        next: 5,
        removed: 5,
        maxRemovalShare,
      }),
    ).toEqual({ apply: true });
  });

  it('refuses to remove more than the allowed share', () => {
    expect(
      checkDeletionGuard({
        previous: 10,
        next: 4,
        removed: 6,
        maxRemovalShare,
      }),
    ).toEqual({
      apply: false,
      reason:
        'the sync would remove 6 of 10 dashboards (60%), more than the allowed 50%',
    });
  });

  it('counts removals, not the size difference, so a swap of most dashboards is refused', () => {
    const verdict = checkDeletionGuard({
      previous: 10,
      next: 10,
      removed: 8,
      maxRemovalShare,
    });
    expect(verdict.apply).toBe(false);
  });

  it('refuses an empty result unless the provider already had nothing', () => {
    expect(
      checkDeletionGuard({
        previous: 3,
        next: 0,
        removed: 3,
        maxRemovalShare: 1,
      }),
    ).toEqual({
      apply: false,
      reason:
        'Superset returned no dashboards but the catalog holds 3 from this provider',
    });
    expect(
      checkDeletionGuard({
        previous: undefined,
        next: 0,
        removed: 0,
        maxRemovalShare,
      }),
    ).toMatchObject({ apply: false });
    expect(
      checkDeletionGuard({ previous: 0, next: 0, removed: 0, maxRemovalShare }),
    ).toEqual({ apply: true });
  });

  it('applies a non-empty result when the previous count is unknown', () => {
    expect(
      checkDeletionGuard({
        previous: undefined,
        next: 7,
        removed: 0,
        maxRemovalShare,
      }),
    ).toEqual({ apply: true });
  });
});

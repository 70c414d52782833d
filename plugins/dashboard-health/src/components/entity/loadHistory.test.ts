import { ValidationRecord } from '@dashboard-health/plugin-dashboard-health-common';
import { record } from './__testUtils__/fixtures';
import { HISTORY_CAP, loadHistory } from './loadHistory';

const now = new Date('2026-06-01T12:00:00Z');
const DAY = 86_400_000;

/** `count` records, newest first, one every `spacingDays` days before now. */
function records(count: number, spacingDays: number): ValidationRecord[] {
  return Array.from({ length: count }, (_, i) =>
    record({
      id: `rec-${i}`,
      startedAt: new Date(
        now.getTime() - (i + 0.5) * spacingDays * DAY,
      ).toISOString(),
    }),
  );
}

/** A listRecords that serves `all` in pages of the requested size, cursor = offset. */
function pagedApi(all: ValidationRecord[]) {
  return {
    listRecords: jest.fn(
      async (q: { entityRef: string; limit?: number; cursor?: string }) => {
        const offset = Number(q.cursor ?? 0);
        const end = offset + (q.limit ?? 50);
        return {
          items: all.slice(offset, end),
          nextCursor: end < all.length ? String(end) : undefined,
        };
      },
    ),
  };
}

describe('loadHistory', () => {
  it('returns the records of the last 90 days oldest first and stops at the first older one', async () => {
    // 150 daily records: the 90 newest are in range, and they fit in two pages.
    const api = pagedApi(records(150, 1));
    const history = await loadHistory(api, 'resource:default/d', now);
    expect(history.records).toHaveLength(90);
    expect(history.records[0].id).toBe('rec-89');
    expect(history.records[89].id).toBe('rec-0');
    expect(history.truncated).toBe(false);
    expect(api.listRecords).toHaveBeenCalledTimes(1);
  });

  it('pages on with the cursor while every record is in range', async () => {
    const api = pagedApi(records(150, 0.5));
    const history = await loadHistory(api, 'resource:default/d', now);
    expect(history.records).toHaveLength(150);
    expect(api.listRecords).toHaveBeenCalledTimes(2);
    expect(api.listRecords.mock.calls[1][0]).toMatchObject({
      entityRef: 'resource:default/d',
      cursor: '100',
    });
  });

  it(`stops at ${HISTORY_CAP} records and says the history is truncated`, async () => {
    const api = pagedApi(records(1000, 0.05));
    const history = await loadHistory(api, 'resource:default/d', now);
    expect(history.records).toHaveLength(HISTORY_CAP);
    expect(history.truncated).toBe(true);
    // The newest records are kept: the last mark is the latest check.
    expect(history.records[HISTORY_CAP - 1].id).toBe('rec-0');
    expect(api.listRecords).toHaveBeenCalledTimes(2);
  });

  it('is empty for a dashboard never checked', async () => {
    const api = pagedApi([]);
    await expect(loadHistory(api, 'resource:default/d', now)).resolves.toEqual({
      records: [],
      truncated: false,
    });
  });
});

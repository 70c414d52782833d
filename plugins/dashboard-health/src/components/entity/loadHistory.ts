import { ValidationRecord } from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardHealthApi } from '../../api';

export const HISTORY_DAYS = 90;
/** A dashboard checked hourly has ~2,000 records in 90 days; the strip shows at most this many. */
export const HISTORY_CAP = 200;
const PAGE_SIZE = 100;

export interface HealthHistory {
  /** Records of the last {@link HISTORY_DAYS} days, oldest first (the order the strip reads). */
  records: ValidationRecord[];
  /** True when older records of the period were left out because of {@link HISTORY_CAP}. */
  truncated: boolean;
}

/**
 * Pages through a dashboard's records (newest first) until one is older than the period, the cap is
 * reached or there are no more pages, so a long history costs a bounded number of requests.
 */
export async function loadHistory(
  api: Pick<DashboardHealthApi, 'listRecords'>,
  entityRef: string,
  now: Date = new Date(),
): Promise<HealthHistory> {
  const since = now.getTime() - HISTORY_DAYS * 86_400_000;
  const records: ValidationRecord[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await api.listRecords({
      entityRef,
      limit: PAGE_SIZE,
      cursor,
    });
    const recent = page.items.filter(r => Date.parse(r.startedAt) >= since);
    records.push(...recent);
    const reachedStart = recent.length < page.items.length;
    if (records.length >= HISTORY_CAP) {
      return {
        records: records.slice(0, HISTORY_CAP).reverse(),
        truncated:
          records.length > HISTORY_CAP ||
          (!reachedStart && Boolean(page.nextCursor)),
      };
    }
    if (reachedStart || !page.nextCursor) {
      return { records: records.reverse(), truncated: false };
    }
    cursor = page.nextCursor;
  }
}

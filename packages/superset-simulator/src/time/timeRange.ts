/** A resolved Superset time range; null ends mean "unbounded", as in the chart data `from_dttm`/`to_dttm`. */
export interface ResolvedTimeRange {
  fromMs: number | null;
  toMs: number | null;
}

const DAY_MS = 86_400_000;
const LAST_N = /^last\s+(\d+)\s+(day|week|month|quarter|year)s?$/i;
const LAST_ONE = /^last\s+(day|week|month|quarter|year)$/i;

function startOfUtcDay(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** dateutil's relativedelta(months=-n): same day of month, clamped to the month's last day. */
function minusMonths(ms: number, months: number): number {
  const date = new Date(ms);
  const targetMonth = date.getUTCMonth() - months;
  const firstOfTarget = Date.UTC(date.getUTCFullYear(), targetMonth, 1);
  const target = new Date(firstOfTarget);
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  return Date.UTC(
    target.getUTCFullYear(),
    target.getUTCMonth(),
    Math.min(date.getUTCDate(), lastDay),
  );
}

function minusUnits(todayMs: number, count: number, unit: string): number {
  switch (unit.toLowerCase()) {
    case 'day':
      return todayMs - count * DAY_MS;
    case 'week':
      return todayMs - count * 7 * DAY_MS;
    case 'month':
      return minusMonths(todayMs, count);
    case 'quarter':
      return minusMonths(todayMs, 3 * count);
    default:
      return minusMonths(todayMs, 12 * count);
  }
}

/**
 * Resolves the time range phrases charts are saved with ("Last week", "Last month", "Last 30 days").
 * Superset anchors them at today's midnight, so "Last month" ends (exclusive) at 00:00 today.
 * Anything else, including "No filter", is unbounded.
 */
export function resolveTimeRange(
  text: string | undefined,
  nowMs: number,
): ResolvedTimeRange {
  if (!text) {
    return { fromMs: null, toMs: null };
  }
  const today = startOfUtcDay(nowMs);
  const many = LAST_N.exec(text.trim());
  if (many) {
    return {
      fromMs: minusUnits(today, Number(many[1]), many[2]),
      toMs: today,
    };
  }
  const one = LAST_ONE.exec(text.trim());
  if (one) {
    return { fromMs: minusUnits(today, 1, one[1]), toMs: today };
  }
  return { fromMs: null, toMs: null };
}

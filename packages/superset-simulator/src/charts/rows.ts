import { GenericType } from '../model/columnTypes';
import {
  isTimestampText,
  microsToMs,
  parseAge,
  resolveTimestamp,
} from '../time/timestamps';
import { createPrng } from '../util/prng';
import type { PlannedColumn, QueryPlan } from './queryPlan';
import { valuesFor } from './vocabulary';

export type Row = Record<string, unknown>;

const DAY_MS = 86_400_000;
/** Generated results stay small: the simulator is about behaviour, not volume. */
const MAX_BUCKETS = 60;
const MAX_ROWS = 500;

function truncate(ms: number, grain: string | undefined): number {
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  switch (grain) {
    case 'PT1S':
      return Math.floor(ms / 1000) * 1000;
    case 'PT1M':
      return Math.floor(ms / 60_000) * 60_000;
    case 'PT1H':
      return Math.floor(ms / 3_600_000) * 3_600_000;
    case 'P1W': {
      const day = Math.floor(ms / DAY_MS) * DAY_MS;
      const weekday = (new Date(day).getUTCDay() + 6) % 7; // DATE_TRUNC('week') starts on Monday
      return day - weekday * DAY_MS;
    }
    case 'P1M':
      return Date.UTC(y, m, 1);
    case 'P3M':
      return Date.UTC(y, m - (m % 3), 1);
    case 'P1Y':
      return Date.UTC(y, 0, 1);
    default:
      return Math.floor(ms / DAY_MS) * DAY_MS;
  }
}

function previousBucket(ms: number, grain: string | undefined): number {
  return truncate(ms - 1, grain);
}

/**
 * Time buckets holding data: from the bucket of the newest row back to the start of the range. A
 * range ending before the newest row cuts the recent buckets; one starting after it leaves no rows,
 * which is how stale tables look through a "Last week" chart.
 */
function temporalValues(
  column: PlannedColumn,
  plan: QueryPlan,
  latestDataMs: number,
): number[] {
  const values: number[] = [];
  let bucket = truncate(latestDataMs, column.grain);
  while (values.length < MAX_BUCKETS) {
    if (plan.fromMs !== null && bucket < plan.fromMs) {
      break;
    }
    if (plan.toMs === null || bucket < plan.toMs) {
      values.push(bucket);
    }
    if (plan.fromMs === null && values.length >= 30) {
      break;
    }
    bucket = previousBucket(bucket, column.grain);
  }
  return values;
}

function dimensionValues(
  column: PlannedColumn,
  plan: QueryPlan,
  latestDataMs: number,
): unknown[] {
  if (column.kind === GenericType.TEMPORAL) {
    return temporalValues(column, plan, latestDataMs);
  }
  if (column.kind === GenericType.BOOLEAN) {
    return [true, false];
  }
  if (column.kind === GenericType.NUMERIC) {
    return [1, 2, 3, 4, 5];
  }
  return valuesFor(column.label, 6);
}

function cartesian(lists: unknown[][], cap: number): unknown[][] {
  let combos: unknown[][] = [[]];
  for (const list of lists) {
    const next: unknown[][] = [];
    for (const combo of combos) {
      for (const value of list) {
        if (next.length >= cap) break;
        next.push([...combo, value]);
      }
    }
    combos = next;
  }
  return combos;
}

/**
 * Deterministic result rows for a planned query: the same chart gives the same numbers every time,
 * temporal values end at the newest data (`latestDataMs`), and rows follow the query's ORDER BY.
 */
export function generateRows(
  plan: QueryPlan,
  seed: number,
  latestDataMs: number,
  rowCount: number,
): Row[] {
  const random = createPrng(seed);
  const combos =
    plan.columns.length === 0
      ? [[]]
      : cartesian(
          plan.columns.map(c => dimensionValues(c, plan, latestDataMs)),
          Math.min(MAX_ROWS, plan.rowLimit),
        );
  const rows = combos.map(combo => {
    const row: Row = {};
    plan.columns.forEach((column, i) => {
      row[column.label] = combo[i];
    });
    for (const metric of plan.metrics) {
      if (metric.kind === GenericType.TEMPORAL) {
        row[metric.label] = /^\s*MIN/i.test(metric.expression)
          ? latestDataMs - 365 * DAY_MS
          : latestDataMs;
      } else if (
        /COUNT\(\*\)/i.test(metric.expression) &&
        plan.columns.length === 0
      ) {
        row[metric.label] = rowCount;
      } else if (/COUNT/i.test(metric.expression)) {
        row[metric.label] = Math.round(100 + random() * 4900);
      } else {
        row[metric.label] = Math.round((1000 + random() * 99000) * 100) / 100;
      }
    }
    return row;
  });
  const sortBy = plan.metrics[0]?.label;
  if (plan.columns.length > 0 && sortBy) {
    const direction = plan.orderDesc ? -1 : 1;
    rows.sort(
      (a, b) => direction * ((a[sortBy] as number) - (b[sortBy] as number)),
    );
  }
  return rows.slice(0, plan.rowLimit);
}

/** Scenario rows may spell temporal values as ISO strings; the API always sends epoch ms. */
export function normalizeRows(rows: Row[], plan: QueryPlan): Row[] {
  const temporal = [
    ...plan.columns
      .filter(c => c.kind === GenericType.TEMPORAL)
      .map(c => c.label),
    ...plan.metrics
      .filter(m => m.kind === GenericType.TEMPORAL)
      .map(m => m.label),
  ];
  return rows.map(row => {
    const copy = { ...row };
    for (const label of temporal) {
      const value = copy[label];
      if (
        typeof value === 'string' &&
        parseAge(value) === undefined &&
        isTimestampText(value)
      ) {
        copy[label] = microsToMs(resolveTimestamp(value, 0));
      }
    }
    return copy;
  });
}

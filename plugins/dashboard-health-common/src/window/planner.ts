import { windowBounds, isWindowDay } from './bounds';
import { WindowPlanError } from './errors';
import { Window, windowSchema } from './schema';
import { placeSlots } from './placeSlots';
import { orderRefs } from './slotOrder';

/**
 * The smallest gap between two slots unless the caller asks for more.
 *
 * @public
 */
export const DEFAULT_MIN_SPACING_SECONDS = 1;

/**
 * What {@link planWindow} plans: a window occurrence and the dashboards to place in it.
 *
 * @public
 */
export interface PlanWindowInput {
  /** The daily window to plan. */
  window: Window;
  /** The calendar date (in the window's zone) the occurrence starts on, `YYYY-MM-DD`. */
  date: string;
  /** The dashboards to place, one slot each. */
  entityRefs: readonly string[];
  /** Smallest allowed gap between two slots; default {@link DEFAULT_MIN_SPACING_SECONDS}. */
  minSpacingSeconds?: number;
  /**
   * Plan only what is left of the occurrence from this instant on (a policy edited mid-window): the slots
   * are spread evenly over [notBefore, window end] instead of the whole window.
   */
  notBefore?: Date;
  /**
   * Weighted spacing: each dashboard's expected cost (any positive unit, e.g. seconds). With it every
   * dashboard's share of the window is proportional to its cost (see {@link placeSlots}); a ref without a
   * cost counts as the mean of the others. Without it the window is cut evenly.
   */
  costs?: ReadonlyMap<string, number>;
}

/**
 * One dashboard's instant in a window occurrence.
 *
 * @public
 */
export interface PlannedSlot {
  /** The dashboard validated in this slot. */
  entityRef: string;
  /** ISO-8601 instant in UTC. */
  plannedAt: string;
}

/**
 * A planned window occurrence: its bounds and one slot per dashboard.
 *
 * @public
 */
export interface WindowPlan {
  /** Start of the occurrence (ISO instant, UTC). */
  windowStart: string;
  /** End of the occurrence (ISO instant, UTC). */
  windowEnd: string;
  /** Seconds between two consecutive slots (the mean, when spacing is weighted). */
  spacingSeconds: number;
  /** Ordered by `plannedAt`. */
  slots: PlannedSlot[];
}

/**
 * Gives each of N dashboards one exact instant in a window occurrence: the window's real duration (DST
 * included) is cut into N equal cells and each slot sits in the middle of its cell, so consecutive slots
 * are exactly `spacing` apart and half a spacing stays free at both edges (4 h for 15 dashboards → one
 * every 16 min, the first at 01:08). Pure and deterministic: same input, same plan.
 *
 * @public
 */
export function planWindow(input: PlanWindowInput): WindowPlan {
  const { entityRefs, date } = input;
  const window = parseWindow(input.window);
  const minSpacingSeconds =
    input.minSpacingSeconds ?? DEFAULT_MIN_SPACING_SECONDS;

  if (entityRefs.length === 0) {
    throw new WindowPlanError(
      'no-entities',
      'entityRefs',
      'must list at least one dashboard',
    );
  }
  const { ordered, duplicates } = orderRefs(entityRefs);
  if (duplicates.length > 0) {
    throw new WindowPlanError(
      'duplicate-entities',
      'entityRefs',
      `must not list a dashboard twice: ${duplicates.join(', ')}`,
    );
  }

  const bounds = windowBounds(window, date);
  if (!isWindowDay(window, date)) {
    throw new WindowPlanError(
      'not-a-window-day',
      'date',
      `${date} is a ${bounds.start.toFormat(
        'cccc',
      )}, not one of the window's days (${window.days!.join(', ')})`,
    );
  }

  const startMs = Math.max(
    bounds.start.toMillis(),
    input.notBefore?.getTime() ?? -Infinity,
  );
  const durationMs = bounds.end.toMillis() - startMs;
  if (durationMs <= 0) {
    throw new WindowPlanError(
      'window-over',
      'date',
      `the ${date} occurrence ended at ${bounds.end.toISO()}, nothing is left to plan`,
    );
  }
  const spacingMs = durationMs / entityRefs.length;
  if (spacingMs < minSpacingSeconds * 1000) {
    throw new WindowPlanError(
      'too-dense',
      'entityRefs',
      `${entityRefs.length} dashboards do not fit into ${formatDuration(
        durationMs,
      )} on ${date} ` +
        `with at least ${minSpacingSeconds}s between them (at most ${Math.floor(
          durationMs / (minSpacingSeconds * 1000),
        )})`,
    );
  }

  const offsets = placeSlots(ordered.length, durationMs, {
    costs: input.costs && costsInOrder(ordered, input.costs),
    minSpacingMs: minSpacingSeconds * 1000,
  });
  const slots = new Array<PlannedSlot>(ordered.length);
  for (let i = 0; i < ordered.length; i++) {
    // Whole milliseconds keep ISO strings exact; rounding moves a slot by < 1 ms.
    const at = startMs + Math.round(offsets[i]);
    slots[i] = { entityRef: ordered[i], plannedAt: toIsoUtc(at) };
  }

  return {
    windowStart: new Date(bounds.start.toMillis()).toISOString(),
    windowEnd: new Date(bounds.end.toMillis()).toISOString(),
    spacingSeconds: spacingMs / 1000,
    slots,
  };
}

function costsInOrder(
  ordered: readonly string[],
  costs: ReadonlyMap<string, number>,
): number[] {
  const known = ordered.map(ref => costs.get(ref));
  const given = known.filter((c): c is number => c !== undefined && c > 0);
  const fallback =
    given.length > 0 ? given.reduce((a, b) => a + b, 0) / given.length : 1;
  return known.map(c => (c !== undefined && c > 0 ? c : fallback));
}

function parseWindow(window: Window): Window {
  const parsed = windowSchema.safeParse(window);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = ['window', ...issue.path.map(String)].join('.');
  const code =
    path === 'window.timezone' ? 'unknown-timezone' : 'invalid-window';
  throw new WindowPlanError(code, path, issue.message);
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) =>
  String(i).padStart(2, '0'),
);
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) =>
  String(i).padStart(3, '0'),
);
const DAY_MS = 86_400_000;
let cachedDay = NaN;
let cachedDayPrefix = '';

/**
 * `new Date(ms).toISOString()`, faster for the many slots of one window: the `YYYY-MM-DDT` part is cached
 * per UTC day and the time of day is plain arithmetic on milliseconds (UTC has no offsets to apply).
 */
function toIsoUtc(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedDayPrefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
  }
  let rest = ms - day * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return `${cachedDayPrefix}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${THREE_DIGITS[millis]}Z`;
}

function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60000);
  return minutes >= 60
    ? `${Math.floor(minutes / 60)} h ${minutes % 60} min`
    : `${minutes} min`;
}

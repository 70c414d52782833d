/**
 * Superset timestamps carry microseconds ("2025-07-01T09:05:12.338801"), which a JS Date cannot hold,
 * so the simulator keeps every resolved instant as epoch microseconds. A double holds those exactly
 * for the next few thousand years.
 */
export type EpochMicros = number;

const AGE_PATTERN = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$/;
const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
};

/** Parses an age such as "9d", "36h" or "15m" into milliseconds; undefined when it is not an age. */
export function parseAge(text: string): number | undefined {
  const match = AGE_PATTERN.exec(text.trim());
  if (!match) {
    return undefined;
  }
  return Math.round(Number(match[1]) * UNIT_MS[match[2]]);
}

function parseIso(text: string): EpochMicros | undefined {
  const match = ISO_PATTERN.exec(text.trim());
  if (!match) {
    return undefined;
  }
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = match;
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s);
  // Date.UTC rolls "2025-13-45" over into 2026; a scenario typo should be an error instead.
  if (
    Number.isNaN(ms) ||
    new Date(ms).getUTCDate() !== +d ||
    +h > 23 ||
    +mi > 59 ||
    +s > 59
  ) {
    return undefined;
  }
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = sign * (+digits.slice(0, 2) * 60 + +digits.slice(2));
  }
  const micros = Number(frac.padEnd(6, '0') || '0');
  return (ms - offsetMinutes * 60_000) * 1000 + micros;
}

/** True when the text is an ISO 8601 instant (naive = UTC, like Superset's naive columns) or an age. */
export function isTimestampText(text: string): boolean {
  return parseAge(text) !== undefined || parseIso(text) !== undefined;
}

/**
 * Resolves a scenario timestamp: an ISO instant, or an age relative to `nowMs` ("9d" = nine days ago),
 * which keeps demo data looking recent whatever day the simulator starts.
 */
export function resolveTimestamp(text: string, nowMs: number): EpochMicros {
  const age = parseAge(text);
  if (age !== undefined) {
    return (nowMs - age) * 1000;
  }
  const iso = parseIso(text);
  if (iso === undefined) {
    throw new Error(`Invalid timestamp '${text}'`);
  }
  return iso;
}

export function microsToMs(us: EpochMicros): number {
  return Math.floor(us / 1000);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function dateTimePart(us: EpochMicros): { text: string; micros: number } {
  const ms = Math.floor(us / 1000);
  const date = new Date(ms);
  const micros = ((us % 1_000_000) + 1_000_000) % 1_000_000;
  const text = `${pad(date.getUTCFullYear(), 4)}-${pad(
    date.getUTCMonth() + 1,
    2,
  )}-${pad(date.getUTCDate(), 2)}T${pad(date.getUTCHours(), 2)}:${pad(
    date.getUTCMinutes(),
    2,
  )}:${pad(date.getUTCSeconds(), 2)}`;
  return { text, micros };
}

/** Python's naive `datetime.isoformat()`: the fraction is left out when it is zero. */
export function formatNaiveIso(us: EpochMicros): string {
  const { text, micros } = dateTimePart(us);
  return micros === 0 ? text : `${text}.${pad(micros, 6)}`;
}

/** Superset's `changed_on_utc`: strftime("%Y-%m-%dT%H:%M:%S.%f%z") on a UTC datetime. */
export function formatUtcWithOffset(us: EpochMicros): string {
  const { text, micros } = dateTimePart(us);
  return `${text}.${pad(micros, 6)}+0000`;
}

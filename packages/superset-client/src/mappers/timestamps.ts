const SUPERSET_TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Superset timestamps as ISO 8601 UTC. It sends naive strings (`2025-07-01T09:05:12.338801`, server time,
 * which Superset runs in UTC), microseconds, and `+0000` offsets; `Date` parses none of these reliably.
 * Naive values are taken as UTC. Undefined for absent or unparseable values.
 */
export function toIsoUtc(value: string | null | undefined): string | undefined {
  if (!value) {
    return undefined;
  }
  const match = SUPERSET_TIMESTAMP.exec(value.trim());
  if (!match) {
    return undefined;
  }
  const [, date, time, fraction = '', zone] = match;
  const millis = fraction.padEnd(3, '0').slice(0, 3);
  let offset = 'Z';
  if (zone && zone !== 'Z') {
    offset = zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  }
  const parsed = Date.parse(`${date}T${time}.${millis}${offset}`);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}

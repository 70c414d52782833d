import { createHash, randomUUID } from 'node:crypto';

export function md5Hex(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

/**
 * A UUID-shaped id derived from a name, so uuids, cache keys and layout keys the scenario leaves out
 * are the same on every run (and across instances that share a scenario).
 */
export function stableUuid(name: string): string {
  const hex = md5Hex(name);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(
    12,
    16,
  )}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Short hex keys like the "ROW-8a8938c55f" / "CHART-7de2654acc" ids of a dashboard layout. */
export function stableHexKey(name: string, length = 10): string {
  return md5Hex(name).slice(0, length);
}

/** Fresh ids for things that are unique per request in Superset (jti, csrf, async job ids). */
export function randomId(): string {
  return randomUUID();
}

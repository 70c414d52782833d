/** The simulator's only time source, so tests can move time (token expiry, humanized ages, freshness). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock {
  const ms = new Date(at).getTime();
  if (Number.isNaN(ms)) {
    throw new Error(`Invalid clock time '${String(at)}'`);
  }
  return { now: () => new Date(ms) };
}

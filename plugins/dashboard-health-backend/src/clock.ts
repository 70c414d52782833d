/**
 * The plugin's only source of "now". Production uses the wall clock; tests pass a simulated clock so that
 * windows, slots and leases can be exercised without sleeping.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

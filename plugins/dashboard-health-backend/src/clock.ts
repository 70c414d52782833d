/**
 * The plugin's only source of "now". Production uses the wall clock; tests pass a simulated clock so that
 * windows, slots and leases can be exercised without sleeping.
 *
 * @public
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** "Validate now" spreads a policy's runs over at least this long, so even two dashboards do not start together. */
export const MIN_SPREAD_MS = 60_000;
/** ...and at most this long: a large policy queues under its caps rather than taking the afternoon. */
export const MAX_SPREAD_MS = 60 * 60_000;
/** Head room over the expected work at the cap, so a slow dashboard does not push the rest late. */
const SLACK = 1.25;

/**
 * How long a "Validate now" batch is spread over: the expected work at the effective cap, with some slack,
 * and at least the minimum spacing between slots; within [1 min, 60 min].
 */
export function validateNowSpreadMs(input: {
  busySeconds: number;
  cap: number;
  count: number;
  minSpacingSeconds: number;
}): number {
  const work = ((input.busySeconds * 1000) / Math.max(1, input.cap)) * SLACK;
  const spacing = input.count * input.minSpacingSeconds * 1000;
  return Math.min(MAX_SPREAD_MS, Math.max(MIN_SPREAD_MS, work, spacing));
}

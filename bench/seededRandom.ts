// One seeded PRNG for the repo (mulberry32), shared with the simulator's generated scenarios.
export { createPrng } from '@internal/superset-simulator';

/** Log-normal draws with this median and σ (of the log), by Box–Muller on the given uniform source. */
export function logNormalSampler(
  random: () => number,
  median: number,
  sigma: number,
): () => number {
  return () => {
    const u = 1 - random();
    const v = random();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(sigma * z);
  };
}

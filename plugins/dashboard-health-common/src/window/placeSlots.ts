/**
 * Where in a span of `durationMs` each of N ordered dashboards starts, as offsets from the span's start.
 *
 * Without costs (`even`) every dashboard owns an equal cell and sits in its middle. With costs (`weighted`)
 * each owns a cell of `minSpacingMs` plus a share of the rest proportional to its cost and sits at the
 * cell's start, so the gap after a slot grows with that dashboard's cost: when the total expected work fits
 * (at cap 1 even), every run is expected to end before the next one starts. Half a mean cell is kept free at
 * the start, as with `even`, so equal costs give nearly the even plan. Pure and deterministic.
 *
 * @public
 */
export function placeSlots(
  count: number,
  durationMs: number,
  options: { costs?: readonly number[]; minSpacingMs?: number } = {},
): number[] {
  const { costs } = options;
  const offsets = new Array<number>(count);
  if (!costs) {
    const spacing = durationMs / count;
    for (let i = 0; i < count; i++) offsets[i] = spacing * (i + 0.5);
    return offsets;
  }
  if (costs.length !== count) {
    throw new Error(`placeSlots: ${costs.length} costs for ${count} slots`);
  }
  const lead = durationMs / count / 2;
  const usable = durationMs - lead;
  const floor = Math.min(options.minSpacingMs ?? 0, usable / count);
  const weights = costs.map(c => (Number.isFinite(c) && c > 0 ? c : 0));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const share = usable - floor * count;
  let at = lead;
  for (let i = 0; i < count; i++) {
    offsets[i] = at;
    // No costs at all (every dashboard free) degrades to equal cells.
    at += floor + (total > 0 ? (share * weights[i]) / total : share / count);
  }
  return offsets;
}

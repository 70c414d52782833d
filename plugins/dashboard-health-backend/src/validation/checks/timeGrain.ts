const DAY_MS = 86_400_000;

/**
 * The span of one time-grain bucket. A monthly chart's latest bucket starts on the 1st, so on the 24th its
 * "latest data" is 23 days old and still current; staleness is judged beyond one bucket.
 */
export function grainMs(grain: string | undefined): number {
  if (!grain) return 0;
  const match =
    /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(
      grain,
    );
  if (!match) return 0;
  const [, y, mo, w, d, h, mi, s] = match.map(v => Number(v ?? 0));
  return (
    y * 366 * DAY_MS +
    mo * 31 * DAY_MS +
    w * 7 * DAY_MS +
    d * DAY_MS +
    h * 3_600_000 +
    mi * 60_000 +
    s * 1000
  );
}

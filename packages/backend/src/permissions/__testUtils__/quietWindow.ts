/**
 * A 4 h UTC window opening 6 h from now: never open while a test runs, so a new policy's plan spans the
 * whole window and nothing is dispatched by plan, whatever the time of day.
 */
export function quietWindow() {
  const hourFromNow = (hours: number) =>
    `${String(new Date(Date.now() + hours * 3600_000).getUTCHours()).padStart(
      2,
      '0',
    )}:00`;
  return { start: hourFromNow(6), end: hourFromNow(10), timezone: 'UTC' };
}

import { CapacityForecast } from '../domain/forecast';

/**
 * "40 s", "12 min", "12.5 h": the unit a person would say.
 *
 * @public
 */
export function formatSeconds(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  const hours = Math.round((seconds / 3600) * 10) / 10;
  return `${hours} h`;
}

/**
 * The forecast in one sentence: "15 dashboards × ~40 s at cap 2 — 10 min of a 4 h window, fits" or
 * "1000 dashboards × ~90 s at cap 2 need 12.5 h; about 680 would be missed — widen the window, raise the
 * cap or split the policy". The API answers a policy write that does not fit with it as the warning.
 *
 * @public
 */
export function describeForecast(forecast: CapacityForecast): string {
  const head = `${forecast.dashboards} dashboards × ~${formatSeconds(
    forecast.typicalSeconds,
  )} at cap ${forecast.cap}`;
  const shared =
    forecast.sharedWith.length > 0
      ? ` (sharing the instance with ${forecast.sharedWith.length} other ${
          forecast.sharedWith.length === 1 ? 'policy' : 'policies'
        })`
      : '';
  const needed = forecast.neededSeconds;
  if (forecast.fits) {
    return `${head} — ${formatSeconds(needed ?? 0)} of a ${formatSeconds(
      forecast.windowSeconds,
    )} window${shared}, fits`;
  }
  const need =
    needed === null
      ? 'get no capacity in this window'
      : `need ${formatSeconds(needed)}`;
  return (
    `${head}${shared} ${need}; about ${forecast.expectedMissed} would be missed — ` +
    'widen the window, raise the cap or split the policy'
  );
}

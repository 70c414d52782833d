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

const ADVICE = 'widen the window, raise the cap or split the policy';

/**
 * The forecast in one sentence: "15 dashboards × ~40 s at cap 2 — 10 min of a 4 h window, fits" or
 * "1000 dashboards × ~90 s at cap 2 need 12.5 h; about 680 would be missed — widen the window, raise the
 * cap or split the policy". The time is the wall time the work needs at the cap (what is left of it beside
 * other policies). The API answers a policy write that does not fit with it as the warning, and the policy
 * editor shows it beside the slot preview.
 *
 * @public
 */
export function describeForecast(forecast: CapacityForecast): string {
  const noun = forecast.dashboards === 1 ? 'dashboard' : 'dashboards';
  const head = `${forecast.dashboards} ${noun} × ~${formatSeconds(
    forecast.typicalSeconds,
  )} at cap ${forecast.cap}`;
  const others = forecast.sharedWith.length;
  const shared =
    others > 0
      ? ` (sharing the instance with ${others} other ${
          others === 1 ? 'policy' : 'policies'
        })`
      : '';
  const window = `${formatSeconds(forecast.windowSeconds)} window`;
  const needed = forecast.neededSeconds;
  if (forecast.fits) {
    const wallTime = needed ?? forecast.busySeconds / Math.max(1, forecast.cap);
    return `${head} — ${formatSeconds(wallTime)} of a ${window}${shared}, fits`;
  }
  const need =
    needed === null
      ? `get no capacity: the other policies use the whole ${window}`
      : `need ${formatSeconds(needed)}`;
  return `${head}${shared} ${need}; about ${forecast.expectedMissed} would be missed — ${ADVICE}`;
}

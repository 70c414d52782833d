import { CapacityForecast } from '@dashboard-health/plugin-dashboard-health-common';

/** "1,000": counts as people write them, whatever the browser's locale. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** "45 s", "10 min", "4 h", "12.5 h": a rough length, rounded the way one says it. */
export function roughDuration(seconds: number): string {
  if (seconds < 90) return `${Math.max(1, Math.round(seconds))} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  const hours = Math.round((seconds / 3600) * 10) / 10;
  return `${hours} h`;
}

/** "~40 s", "~90 s", "~3 min": a dashboard's typical validation time. */
export function typicalDuration(seconds: number): string {
  if (seconds < 120) return `~${Math.max(1, Math.round(seconds))} s`;
  return `~${roughDuration(seconds)}`;
}

const ADVICE = 'widen the window, raise the cap or split the policy';

/**
 * The forecast in one sentence a person understands:
 * "15 dashboards × ~40 s at cap 2 — 5 min of a 4 h window, fits" or
 * "1,000 × ~90 s at cap 2 need 12.5 h; about 680 would be missed — widen the window, raise the cap or split
 * the policy". The time is the wall time the work needs at the cap (what is left of it beside other policies).
 */
export function forecastSentence(forecast: CapacityForecast): string {
  const { dashboards, typicalSeconds, cap, neededSeconds, windowSeconds } =
    forecast;
  const work = `× ${typicalDuration(typicalSeconds)} at cap ${cap}`;
  if (forecast.fits) {
    const noun = dashboards === 1 ? 'dashboard' : 'dashboards';
    const needed = neededSeconds ?? forecast.busySeconds / Math.max(1, cap);
    return `${count(dashboards)} ${noun} ${work} — ${roughDuration(
      needed,
    )} of a ${roughDuration(windowSeconds)} window, fits`;
  }
  const missed = `about ${count(forecast.expectedMissed)} would be missed`;
  if (neededSeconds === null) {
    return `${count(
      dashboards,
    )} ${work}: other policies on this instance use the whole ${roughDuration(
      windowSeconds,
    )} window; ${missed} — ${ADVICE}`;
  }
  return `${count(dashboards)} ${work} need ${roughDuration(
    neededSeconds,
  )}; ${missed} — ${ADVICE}`;
}

/** "Estimates: 12 from their own history, 3 from the default ~60 s." */
export function basisSentence(forecast: CapacityForecast): string {
  const { history, default: fallback } = forecast.basis;
  const parts: string[] = [];
  if (history > 0) parts.push(`${count(history)} from their own history`);
  if (fallback > 0) {
    parts.push(
      `${count(fallback)} from the default ${typicalDuration(
        forecast.defaultDurationSeconds,
      )}`,
    );
  }
  return parts.length ? `Estimates: ${parts.join(', ')}.` : '';
}

/** "Shares prod with Nightly finance (2 h overlap)." when other policies' windows overlap; '' otherwise. */
export function sharedSentence(forecast: CapacityForecast): string {
  if (forecast.sharedWith.length === 0) return '';
  const others = forecast.sharedWith
    .map(
      other => `${other.name} (${roughDuration(other.overlapSeconds)} overlap)`,
    )
    .join(', ');
  return `Shares the instance with ${others}.`;
}

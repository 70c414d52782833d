import {
  CapacityForecast,
  formatSeconds,
} from '@dashboard-health/plugin-dashboard-health-common';

// What the one-line forecast (-common's describeForecast) leaves out, for the small print under it:
// where the duration estimates come from and which policies share the instance.

/** "Estimates: 12 from their own history, 3 from the default ~60 s."; '' without dashboards. */
export function basisSentence(forecast: CapacityForecast): string {
  const { history, default: fallback } = forecast.basis;
  const parts: string[] = [];
  if (history > 0) parts.push(`${history} from their own history`);
  if (fallback > 0) {
    parts.push(
      `${fallback} from the default ~${formatSeconds(
        forecast.defaultDurationSeconds,
      )}`,
    );
  }
  return parts.length ? `Estimates: ${parts.join(', ')}.` : '';
}

/** "Other policies on the instance: Finance (2 h overlap)." when windows overlap; '' otherwise. */
export function sharedSentence(forecast: CapacityForecast): string {
  if (forecast.sharedWith.length === 0) return '';
  const others = forecast.sharedWith
    .map(
      other => `${other.name} (${formatSeconds(other.overlapSeconds)} overlap)`,
    )
    .join(', ');
  return `Other policies on the instance: ${others}.`;
}

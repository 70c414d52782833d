import {
  describeForecast,
  nextWindowDate,
  PolicyWriteResponse,
  ValidationPolicy,
  ValidationPolicyView,
} from '@dashboard-health/plugin-dashboard-health-common';
import { forecastPolicyDate } from './forecastPolicyDate';
import { UseCaseContext } from './UseCaseContext';

/**
 * What a policy write answers: the stored policy, the forecast of its next occurrence and, when that does
 * not fit, the forecast in words as a warning. A policy that does not fit is saved all the same: the
 * owner may mean to widen the window or raise the cap next.
 */
export async function policyWriteResponse(
  context: UseCaseContext,
  policy: ValidationPolicy,
  /** The policy as the caller may see it (see policyView). */
  view: ValidationPolicyView,
): Promise<PolicyWriteResponse> {
  const date = nextWindowDate(policy.window, context.clock.now());
  const forecast = (await forecastPolicyDate(context, policy, date)) ?? null;
  return {
    ...view,
    forecast,
    warning:
      forecast && !forecast.fits
        ? `does not fit: ${describeForecast(forecast)}`
        : null,
  };
}

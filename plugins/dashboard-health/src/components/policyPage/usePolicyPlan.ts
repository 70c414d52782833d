import { useApi } from '@backstage/core-plugin-api';
import { useEffect, useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { dashboardHealthApiRef } from '../../api';
import { isPlanLive } from './isPlanLive';

/** How often a live plan is reloaded. */
export const LIVE_REFRESH_MS = 5_000;

/**
 * A policy and its plan for a date ('' = the window open now or next). While the window runs the plan is
 * reloaded every few seconds; `retry` keeps showing the previous answer while it reloads.
 */
export function usePolicyPlan(
  policyId: string,
  date: string,
  refreshMs: number = LIVE_REFRESH_MS,
) {
  const api = useApi(dashboardHealthApiRef);
  const [now, setNow] = useState(() => Date.now());
  const state = useAsyncRetry(async () => {
    const [policy, plan] = await Promise.all([
      api.getPolicy(policyId),
      api.getPolicyPlan(policyId, date || undefined),
    ]);
    setNow(Date.now());
    return { policy, plan };
  }, [api, policyId, date]);

  const live = Boolean(state.value && isPlanLive(state.value.plan, now));
  const { retry } = state;
  useEffect(() => {
    if (!live) return undefined;
    const timer = setInterval(retry, refreshMs);
    return () => clearInterval(timer);
  }, [live, retry, refreshMs]);

  return { ...state, now, live };
}

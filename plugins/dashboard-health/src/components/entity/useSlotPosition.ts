import { useApi } from '@backstage/core-plugin-api';
import { NextRun } from '@dashboard-health/plugin-dashboard-health-common';
import { DateTime } from 'luxon';
import useAsync from 'react-use/esm/useAsync';
import { dashboardHealthApiRef } from '../../api';
import { findSlotPosition } from './findSlotPosition';

/**
 * The dashboard's place in the window of its next scheduled run. The plan asked first is the policy's
 * default date (the window open now or next); when the run is in another occurrence, that date's plan —
 * the run's local date, or the day before for a window that crosses midnight.
 */
export function useSlotPosition(nextRun: NextRun | null, entityRef: string) {
  const api = useApi(dashboardHealthApiRef);
  const policy = nextRun?.policy;
  return useAsync(async () => {
    if (!nextRun || !policy) return undefined;
    const local = DateTime.fromISO(nextRun.plannedAt, {
      zone: policy.window.timezone,
    });
    const dates = [
      undefined,
      local.toISODate() ?? undefined,
      local.minus({ days: 1 }).toISODate() ?? undefined,
    ];
    for (const date of dates) {
      const plan = await api.getPolicyPlan(policy.id, date);
      const position = findSlotPosition(plan, nextRun, entityRef);
      if (position) return position;
    }
    return undefined;
  }, [api, nextRun, policy, entityRef]);
}

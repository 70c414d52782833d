import { useApi } from '@backstage/core-plugin-api';
import { PlanPreviewRequest } from '@dashboard-health/plugin-dashboard-health-common';
import { useMemo } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { dashboardHealthApiRef } from '../../api';
import { useDebouncedValue } from './useDebouncedValue';

export const PREVIEW_DEBOUNCE_MS = 300;

/**
 * The plan the backend would make for a request, asked again whenever the request changes (debounced).
 * The request is compared as JSON, so an equal request rebuilt on every render asks only once; an answer
 * to an outdated request is dropped by useAsync. No request (an invalid form) means no preview. The answer
 * carries the request it was made for: until the next answer arrives, the shown plan must be read in its
 * own window's zone, not in the zone the form shows by now.
 */
export function useSlotPreview(request: PlanPreviewRequest | undefined) {
  const api = useApi(dashboardHealthApiRef);
  // Serialised only when the request object changes: with thousands of refs it is not free.
  const json = useMemo(
    () => (request ? JSON.stringify(request) : ''),
    [request],
  );
  const key = useDebouncedValue(json, PREVIEW_DEBOUNCE_MS);
  return useAsync(async () => {
    if (!key) return undefined;
    const asked = JSON.parse(key) as PlanPreviewRequest;
    return { request: asked, plan: await api.previewPlan(asked) };
  }, [api, key]);
}

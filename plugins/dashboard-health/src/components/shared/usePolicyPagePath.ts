import { useCallback } from 'react';
import { useHealthCenterPath } from '../home/useHealthCenterPath';

/** Links to a policy's page, `<Health Center>/policies/<id>`, wherever the app mounts the Health Center. */
export function usePolicyPagePath(): (policyId: string) => string {
  const center = useHealthCenterPath();
  return useCallback(
    (policyId: string) => `${center}/policies/${encodeURIComponent(policyId)}`,
    [center],
  );
}

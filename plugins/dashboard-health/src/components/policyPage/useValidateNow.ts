import { useApi } from '@backstage/core-plugin-api';
import { ValidateNowResponse } from '@dashboard-health/plugin-dashboard-health-common';
import { useState } from 'react';
import { dashboardHealthApiRef } from '../../api';

export type ValidateNowState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'started'; batch: ValidateNowResponse }
  | { phase: 'failed'; error: Error };

/** Asks the backend to run every dashboard of a policy now, spread over a short window. */
export function useValidateNow(policyId: string, onStarted?: () => void) {
  const api = useApi(dashboardHealthApiRef);
  const [state, setState] = useState<ValidateNowState>({ phase: 'idle' });
  const start = async () => {
    setState({ phase: 'starting' });
    try {
      const batch = await api.validateNow(policyId);
      setState({ phase: 'started', batch });
      onStarted?.();
    } catch (error) {
      setState({ phase: 'failed', error: error as Error });
    }
  };
  return { state, start, reset: () => setState({ phase: 'idle' }) };
}

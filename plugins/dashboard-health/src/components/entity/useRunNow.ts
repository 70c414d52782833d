import { useApi } from '@backstage/core-plugin-api';
import {
  FINAL_RUN_STATUSES,
  Run,
} from '@dashboard-health/plugin-dashboard-health-common';
import { useCallback, useEffect, useRef, useState } from 'react';
import { dashboardHealthApiRef } from '../../api';

/** How often a started run is asked about; a validation takes seconds, so faster polling buys nothing. */
export const DEFAULT_POLL_INTERVAL_MS = 1500;

export type RunNowState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'waiting'; run: Run }
  | { phase: 'finished'; run: Run }
  | { phase: 'failed'; error: Error };

const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

/**
 * Starts a manual run and follows it until it ends, then calls `onFinished` (the caller reloads what the
 * new record changes). The backend answers 202 at once, so the outcome is only known by polling.
 */
export function useRunNow(options: {
  entityRef: string;
  pollIntervalMs?: number;
  onFinished: (run: Run) => void;
}) {
  const { entityRef, onFinished } = options;
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const api = useApi(dashboardHealthApiRef);
  const [state, setState] = useState<RunNowState>({ phase: 'idle' });

  // A run takes a while; when it ends, call the callback of that moment, not the one of the click.
  const onFinishedRef = useRef(onFinished);
  useEffect(() => {
    onFinishedRef.current = onFinished;
  }, [onFinished]);

  // Polling outlives renders; once the tab is left it must stop asking and stop setting state.
  const active = useRef(true);
  useEffect(() => {
    active.current = true; // React 18 strict mode unmounts and remounts effects once
    return () => {
      active.current = false;
    };
  }, []);

  const start = useCallback(async () => {
    setState({ phase: 'starting' });
    try {
      let run = await api.startRun(entityRef);
      while (!FINAL_RUN_STATUSES.includes(run.status)) {
        if (!active.current) return;
        setState({ phase: 'waiting', run });
        await delay(pollIntervalMs);
        if (!active.current) return;
        run = await api.getRun(run.id);
      }
      if (!active.current) return;
      setState({ phase: 'finished', run });
      onFinishedRef.current(run);
    } catch (error) {
      if (active.current) setState({ phase: 'failed', error: error as Error });
    }
  }, [api, entityRef, pollIntervalMs]);

  const dismiss = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, dismiss };
}

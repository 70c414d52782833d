/** The client's injectable wait, so tests need not sit out back-offs. */
export type Sleep = (ms: number) => Promise<void>;

/**
 * Waits `ms` milliseconds with `sleep` (timers when not given), but gives up as soon as `signal` aborts,
 * rejecting with `onAbort()`: a caller who cancels must not sit out a back-off. The default timer is
 * cleared on abort so it does not keep the process alive.
 */
export function sleepUnlessAborted(
  sleep: Sleep | undefined,
  ms: number,
  signal: AbortSignal | undefined,
  onAbort: () => Error,
): Promise<void> {
  if (signal?.aborted) {
    return Promise.reject(onAbort());
  }
  return new Promise<void>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const abort = () => {
      if (timer) {
        clearTimeout(timer);
      }
      reject(onAbort());
    };
    const done = () => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    signal?.addEventListener('abort', abort, { once: true });
    if (sleep) {
      sleep(ms).then(done, error => {
        signal?.removeEventListener('abort', abort);
        reject(error);
      });
    } else {
      timer = setTimeout(done, ms);
    }
  });
}

/**
 * `promise`, unless `signal` aborts first; then a rejection with `onAbort()`. Used to wait on work
 * shared with other callers (a login), which must go on for them when one caller gives up.
 */
export function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort: () => Error,
): Promise<T> {
  if (!signal) {
    return promise;
  }
  if (signal.aborted) {
    // The shared work may still fail later; nobody is listening then, so keep that quiet.
    promise.catch(() => {});
    return Promise.reject(onAbort());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      promise.catch(() => {});
      reject(onAbort());
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      value => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      error => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

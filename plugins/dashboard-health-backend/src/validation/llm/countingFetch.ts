/**
 * A `fetch` that calls `onAttempt` once per HTTP attempt, so a failure can say how many retries the
 * SDK actually spent instead of assuming `maxRetries`.
 *
 * A rejection while the request's signal is aborted is rethrown as a plain `AbortError`. The SDK tells
 * a timeout from a network failure by that name, and an abort `DOMException` from another JavaScript
 * realm (Jest's sandbox, some fetch polyfills) reaches it as `Error('{}')`, reading as "connection
 * failed" instead of "timed out".
 */
export function countingFetch(onAttempt: () => void): typeof fetch {
  return async (input, init) => {
    onAttempt();
    try {
      return await globalThis.fetch(input, init);
    } catch (error) {
      if (init?.signal?.aborted) {
        const abort = new Error('The request was aborted', { cause: error });
        abort.name = 'AbortError';
        throw abort;
      }
      throw error;
    }
  };
}

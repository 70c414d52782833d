/**
 * Thin wrappers around the real fetch, for the few faults the simulator has no knob for. Requests still
 * reach the simulator unless a wrapper answers in its place.
 */

function pathOf(input: string | URL | Request): string {
  return new URL(
    typeof input === 'string' || input instanceof URL ? input : input.url,
  ).pathname;
}

const isSecurityRoute = (input: string | URL | Request) =>
  pathOf(input).startsWith('/api/v1/security/');

/**
 * Replaces the bearer token of the first `times` non-security requests by a malformed one, as a proxy
 * mangling headers would; Superset answers 422 {"msg": "Not enough segments"}.
 */
export function corruptingTokenFetch(times = Infinity): typeof fetch {
  let remaining = times;
  return (async (input, init) => {
    if (!isSecurityRoute(input) && remaining > 0) {
      remaining--;
      const headers = new Headers(init?.headers);
      headers.set('Authorization', 'Bearer not-a-jwt');
      return fetch(input, { ...init, headers });
    }
    return fetch(input, init);
  }) as typeof fetch;
}

/**
 * Answers the first `times` non-security requests with 429 (Superset behind a rate-limiting proxy),
 * with `retryAfter` as the Retry-After header when given.
 */
export function throttlingFetch(
  times: number,
  retryAfter?: string,
): typeof fetch {
  let remaining = times;
  return (async (input, init) => {
    if (!isSecurityRoute(input) && remaining > 0) {
      remaining--;
      return new Response(JSON.stringify({ message: 'Too Many Requests' }), {
        status: 429,
        headers: {
          'Content-Type': 'application/json',
          ...(retryAfter ? { 'Retry-After': retryAfter } : {}),
        },
      });
    }
    return fetch(input, init);
  }) as typeof fetch;
}

/**
 * Drops the last row of the first `times` dashboard-list answers that carry rows, keeping their `count`:
 * what a dashboard deleted between FAB's count and select statements looks like.
 */
export function rowDroppingFetch(times = Infinity): typeof fetch {
  let remaining = times;
  return (async (input, init) => {
    const response = await fetch(input, init);
    if (pathOf(input) !== '/api/v1/dashboard/' || remaining <= 0) {
      return response;
    }
    const body = await response.json();
    if (Array.isArray(body.result) && body.result.length > 0) {
      remaining--;
      body.result = body.result.slice(0, -1);
    }
    return new Response(JSON.stringify(body), {
      status: response.status,
      headers: { 'Content-Type': 'application/json' },
    });
  }) as typeof fetch;
}

import { SupersetApiError } from '../errors';
import { captureLogger } from '../__testUtils__/captureLogger';
import { SupersetClient } from './SupersetClient';

/**
 * Faults below HTTP (refused connections, resets) are simplest to express as a fetch that rejects; every
 * other behaviour is tested against the simulator.
 */
const instance = {
  id: 'prod',
  title: 'Production',
  baseUrl: 'http://superset.invalid',
  auth: { provider: 'db' as const, username: 'svc', password: 's3cr3t-pw' },
  maxConcurrency: 2,
  requestTimeoutMs: 1_000,
};

function refusingFetch() {
  const calls: string[] = [];
  const fetchFn = (async (input: string | URL | Request) => {
    calls.push(String(input));
    throw new TypeError('fetch failed', {
      cause: new Error('connect ECONNREFUSED 127.0.0.1:8088'),
    });
  }) as typeof fetch;
  return { calls, fetchFn };
}

describe('SupersetClient network faults', () => {
  it('retries a refused connection, then fails with kind network and no status', async () => {
    const { calls, fetchFn } = refusingFetch();
    const delays: number[] = [];
    const logger = captureLogger();
    const client = new SupersetClient({
      instance,
      fetch: fetchFn,
      logger,
      retry: { attempts: 2, baseDelayMs: 100, maxDelayMs: 1_000 },
      sleep: async ms => {
        delays.push(ms);
      },
    });

    const error = await client.listDatabases().catch(e => e);

    expect(error).toBeInstanceOf(SupersetApiError);
    expect(error).toMatchObject({
      kind: 'network',
      status: undefined,
      instanceId: 'prod',
      method: 'POST',
      path: '/api/v1/security/login',
    });
    expect(error.message).toBe(
      'Superset prod: POST /api/v1/security/login failed: fetch failed (connect ECONNREFUSED 127.0.0.1:8088)',
    );
    expect(calls).toEqual([
      'http://superset.invalid/api/v1/security/login',
      'http://superset.invalid/api/v1/security/login',
      'http://superset.invalid/api/v1/security/login',
    ]);
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThanOrEqual(50);
    expect(delays[0]).toBeLessThanOrEqual(100);
    expect(delays[1]).toBeGreaterThanOrEqual(100);
    expect(delays[1]).toBeLessThanOrEqual(200);
    expect(logger.lines.join('\n')).not.toContain('s3cr3t-pw');
  });

  it('stops waiting between retries when the caller aborts', async () => {
    const { calls, fetchFn } = refusingFetch();
    const controller = new AbortController();
    const client = new SupersetClient({
      instance,
      fetch: fetchFn,
      retry: { attempts: 5 },
      // The login's back-off never ends here, so only the caller's abort can release the call.
      sleep: () => new Promise(() => {}),
    });

    // The login is shared work, so the caller's abort releases the caller, not the login itself.
    const pending = client.getChart(1, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch(e => e);

    expect(error).toBeInstanceOf(SupersetApiError);
    expect(error.kind).toBe('aborted');
    expect(error.path).toBe('/api/v1/chart/1');
    expect(calls).toHaveLength(1);
  });

  it('rejects ids that do not belong in a URL path before sending anything', async () => {
    const { calls, fetchFn } = refusingFetch();
    const client = new SupersetClient({ instance, fetch: fetchFn });
    await expect(client.getChart(0)).rejects.toThrow(
      'chart id must be a positive integer, got 0',
    );
    await expect(client.getDataset(1.5)).rejects.toThrow(
      'dataset id must be a positive integer, got 1.5',
    );
    await expect(client.getDashboard('')).rejects.toThrow(
      'dashboard slug must not be empty',
    );
    expect(calls).toEqual([]);
  });

  it('refuses a negative retry setting', () => {
    expect(
      () => new SupersetClient({ instance, retry: { attempts: -1 } }),
    ).toThrow('SupersetClient retry.attempts must be a non-negative number');
  });
});

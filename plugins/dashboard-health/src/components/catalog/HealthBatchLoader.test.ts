import { MAX_ENTITY_REFS } from '@dashboard-health/plugin-dashboard-health-common';
import {
  healthSummary,
  mockDashboardHealthApi,
  refOf,
} from '../center/__testUtils__/fixtures';
import { HealthBatchLoader } from './HealthBatchLoader';

describe('HealthBatchLoader', () => {
  it('sends one request for loads made together and answers each from it', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => ({
        items: [
          healthSummary('a', { status: 'fail', topIssue: 'Chart 3 fails' }),
        ],
        unchecked: [
          { entityRef: refOf('b'), nextRunAt: '2026-06-02T01:00:00.000Z' },
        ],
      })),
    });
    const loader = new HealthBatchLoader(api);

    const [a, b, c, again] = await Promise.all([
      loader.load(refOf('a')),
      loader.load(refOf('b')),
      loader.load(refOf('c')),
      // Refs differ in case only: the catalog and the backend treat them as one.
      loader.load('Resource:default/A'),
    ]);

    expect(api.getHealthBatch).toHaveBeenCalledTimes(1);
    expect(api.getHealthBatch).toHaveBeenCalledWith([
      refOf('a'),
      refOf('b'),
      refOf('c'),
    ]);
    expect(a).toMatchObject({
      status: 'fail',
      summary: { topIssue: 'Chart 3 fails' },
    });
    expect(again).toBe(a);
    expect(b).toEqual({
      status: 'never',
      summary: null,
      nextRunAt: '2026-06-02T01:00:00.000Z',
    });
    // Not in the answer: the user may not see it, or it is no dashboard.
    expect(c).toBeUndefined();
  });

  it('reuses answers for the TTL and asks again afterwards', async () => {
    let now = 1_000;
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => ({
        items: [healthSummary('a')],
        unchecked: [],
      })),
    });
    const loader = new HealthBatchLoader(api, {
      ttlMs: 30_000,
      now: () => now,
    });

    await loader.load(refOf('a'));
    expect(loader.peek(refOf('a'))?.value).toMatchObject({ status: 'pass' });
    now += 29_999;
    await loader.load(refOf('a'));
    expect(api.getHealthBatch).toHaveBeenCalledTimes(1);

    now += 1;
    expect(loader.peek(refOf('a'))).toBeUndefined();
    await loader.load(refOf('a'));
    expect(api.getHealthBatch).toHaveBeenCalledTimes(2);
  });

  it('rejects every queued load when the request fails, and tries again later', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest
        .fn()
        .mockRejectedValueOnce(new Error('backend down'))
        .mockResolvedValueOnce({ items: [healthSummary('a')], unchecked: [] }),
    });
    const loader = new HealthBatchLoader(api);

    const results = await Promise.allSettled([
      loader.load(refOf('a')),
      loader.load(refOf('b')),
    ]);
    expect(results).toEqual([
      { status: 'rejected', reason: new Error('backend down') },
      { status: 'rejected', reason: new Error('backend down') },
    ]);

    await expect(loader.load(refOf('a'))).resolves.toMatchObject({
      status: 'pass',
    });
    expect(api.getHealthBatch).toHaveBeenCalledTimes(2);
  });

  it('splits more refs than the backend accepts per request into chunks', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => ({ items: [], unchecked: [] })),
    });
    const loader = new HealthBatchLoader(api);
    const refs = Array.from({ length: MAX_ENTITY_REFS + 1 }, (_, i) =>
      refOf(`d${i}`),
    );

    const loaded = await loader.loadMany(refs);

    expect(loaded.size).toBe(MAX_ENTITY_REFS + 1);
    expect(
      api.getHealthBatch.mock.calls.map(([chunk]) => chunk.length),
    ).toEqual([MAX_ENTITY_REFS, 1]);
  });

  it('is shared per API instance', () => {
    const api = mockDashboardHealthApi();
    expect(HealthBatchLoader.forApi(api)).toBe(HealthBatchLoader.forApi(api));
    expect(HealthBatchLoader.forApi(api)).not.toBe(
      HealthBatchLoader.forApi(mockDashboardHealthApi()),
    );
  });
});

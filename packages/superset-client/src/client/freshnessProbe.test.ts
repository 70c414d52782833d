import { SupersetApiError } from '../errors';
import { closeSimulators, startHarness } from '../__testUtils__/simulator';

afterEach(closeSimulators);

describe('SupersetClient.getDatasetLatestValue (the dataset freshness probe)', () => {
  it('reads the newest value of a temporal column with one small POST /chart/data', async () => {
    const { client, calls } = await startHarness();

    // web_sessions' newest row in the fixtures is 2025-07-15 23:59 (chart 5 "Daily Sessions" is stale).
    expect(await client.getDatasetLatestValue(2, 'session_start')).toBe(
      '2025-07-15T23:59:00.000Z',
    );
    expect(calls()).toEqual(['POST /api/v1/chart/data 200']);
  });

  it('throws Superset’s error for a column the warehouse lost and for an unknown dataset', async () => {
    const { client } = await startHarness();

    const lost = client.getDatasetLatestValue(2, 'bounce_flag');
    await expect(lost).rejects.toThrow(SupersetApiError);
    await expect(lost).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining('bounce_flag'),
    });
    await expect(
      client.getDatasetLatestValue(77, 'order_date'),
    ).rejects.toMatchObject({ status: 404 });
  });
});

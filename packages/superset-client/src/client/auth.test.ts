import {
  closeSimulators,
  countRequests,
  SERVICE_ACCOUNT,
  startHarness,
  TestClock,
} from '../__testUtils__/simulator';
import { corruptingTokenFetch } from '../__testUtils__/fetchWrappers';
import { SupersetApiError } from '../errors';

afterEach(closeSimulators);

const LOGIN = '/api/v1/security/login';
const REFRESH = '/api/v1/security/refresh';

/** A clock that moves 2 s on every reading: each access token (lifetime 1 s) has expired when used. */
class RacingClock {
  private current = Date.parse('2025-07-24T10:00:00Z');

  now(): Date {
    this.current += 2_000;
    return new Date(this.current);
  }
}

describe('SupersetClient authentication', () => {
  it('logs in once, then calls with the access token', async () => {
    const { client, sim } = await startHarness();

    await client.getChart(1);

    expect(sim.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `POST ${LOGIN} 200`,
      'GET /api/v1/chart/1 200',
    ]);
  });

  it('refreshes an expired token and replays the call once', async () => {
    const { client, sim } = await startHarness();
    await client.getChart(1);

    sim.expireTokens();
    const chart = await client.getChart(2);

    expect(chart.id).toBe(2);
    expect(sim.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `POST ${LOGIN} 200`,
      'GET /api/v1/chart/1 200',
      'GET /api/v1/chart/2 401',
      `POST ${REFRESH} 200`,
      'GET /api/v1/chart/2 200',
    ]);
  });

  it('shares one refresh between concurrent calls that meet the expired token', async () => {
    const { client, sim } = await startHarness();
    await client.getChart(1);
    sim.expireTokens();

    const charts = await Promise.all(
      [1, 2, 3, 4, 5].map(id => client.getChart(id)),
    );

    expect(charts.map(c => c.id)).toEqual([1, 2, 3, 4, 5]);
    expect(countRequests(sim, 'POST', REFRESH)).toBe(1);
    expect(countRequests(sim, 'POST', LOGIN)).toBe(1);
  });

  it('logs in again when the refresh token has expired too', async () => {
    const clock = new TestClock();
    const { client, sim } = await startHarness({ simulator: { clock } });
    await client.getChart(1);

    clock.advance(31 * 24 * 3600);
    await client.getChart(2);

    expect(sim.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `POST ${LOGIN} 200`,
      'GET /api/v1/chart/1 200',
      'GET /api/v1/chart/2 401',
      `POST ${REFRESH} 401`,
      `POST ${LOGIN} 200`,
      'GET /api/v1/chart/2 200',
    ]);
  });

  it('gives up when the replayed call meets an expired token again', async () => {
    const { client, sim } = await startHarness({
      simulator: {
        clock: new RacingClock(),
        faults: { tokenLifetimeSeconds: 1 },
      },
    });

    const error = await client.getChart(1).catch(e => e);

    expect(error).toBeInstanceOf(SupersetApiError);
    expect(error).toMatchObject({
      kind: 'http',
      status: 401,
      bodyShape: 'jwt',
      supersetMessage: 'Token has expired',
      path: '/api/v1/chart/1',
    });
    expect(sim.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `POST ${LOGIN} 200`,
      'GET /api/v1/chart/1 401',
      `POST ${REFRESH} 200`,
      'GET /api/v1/chart/1 401',
    ]);
  });

  it('logs in again and replays once after another JWT error (422)', async () => {
    const { client, sim } = await startHarness({
      client: { fetch: corruptingTokenFetch(1) },
    });

    const chart = await client.getChart(1);

    expect(chart.id).toBe(1);
    expect(sim.requests.map(r => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `POST ${LOGIN} 200`,
      'GET /api/v1/chart/1 422',
      `POST ${LOGIN} 200`,
      'GET /api/v1/chart/1 200',
    ]);
  });

  it('fails with the JWT message when the token is refused twice', async () => {
    const { client, sim } = await startHarness({
      client: { fetch: corruptingTokenFetch() },
    });

    const error = await client.getDashboard(1).catch(e => e);

    expect(error).toMatchObject({
      kind: 'http',
      status: 422,
      bodyShape: 'jwt',
      supersetMessage: 'Not enough segments',
    });
    expect(error.message).toBe(
      'Superset prod: GET /api/v1/dashboard/1 answered 422: Not enough segments',
    );
    expect(countRequests(sim, 'POST', LOGIN)).toBe(2);
  });

  it('reports bad credentials from the login, without retrying and without the password', async () => {
    const { client, sim, logger, sleeps } = await startHarness({
      instance: {
        auth: {
          provider: 'db',
          username: SERVICE_ACCOUNT.username,
          password: 'wrong-password-123',
        },
      },
    });

    const error = await client.listDashboards().catch(e => e);

    expect(error).toMatchObject({
      kind: 'http',
      status: 401,
      method: 'POST',
      path: LOGIN,
      supersetMessage: 'Not authorized',
    });
    expect(countRequests(sim, 'POST', LOGIN)).toBe(1);
    expect(sleeps).toEqual([]);
    expect(error.message).not.toContain('wrong-password-123');
    expect(logger.lines.join('\n')).not.toContain('wrong-password-123');
  });

  it('tries a new login on the next call after a failed one', async () => {
    const { client, sim } = await startHarness();
    sim.setFaults({ errorRate: 1 });
    await expect(client.getChart(1)).rejects.toMatchObject({
      path: LOGIN,
      status: 500,
    });

    sim.setFaults({ errorRate: 0 });
    await expect(client.getChart(1)).resolves.toMatchObject({ id: 1 });
  });
});

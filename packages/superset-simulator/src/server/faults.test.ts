import { api, login } from '../__testUtils__/http';
import {
  FixtureSimulator,
  startFixtureSimulator,
} from '../__testUtils__/fixtureSimulator';

describe('fault knobs', () => {
  let fixture: FixtureSimulator;
  let url: string;

  beforeEach(async () => {
    fixture = await startFixtureSimulator();
    url = fixture.sim.url;
  });
  afterEach(() => fixture.sim.close());

  it('errorRate 1 answers every API request 500 Fatal error', async () => {
    const { access: token } = await login(url);
    fixture.sim.setFaults({ errorRate: 1 });
    for (const path of [
      '/api/v1/dashboard/',
      '/api/v1/chart/1',
      '/api/v1/dataset/1',
      '/api/v1/nope',
    ]) {
      const response = await api(url, path, { token });
      expect([response.status, response.body]).toEqual([
        500,
        { message: 'Fatal error' },
      ]);
    }
    const loginAttempt = await api(url, '/api/v1/security/login', {
      method: 'POST',
      body: {
        username: 'svc_dashboard_validator',
        password: 'simulator',
        provider: 'db',
      },
    });
    expect(loginAttempt.status).toBe(500);
    fixture.sim.setFaults({ errorRate: 0 });
    expect((await api(url, '/api/v1/dashboard/', { token })).status).toBe(200);
  });

  it('draws errors from a seeded PRNG, so runs repeat', async () => {
    const { access: token } = await login(url);
    const run = async () => {
      fixture.sim.setFaults({ errorRate: 0.5, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) {
        statuses.push((await api(url, '/api/v1/chart/1', { token })).status);
      }
      return statuses;
    };
    const first = await run();
    const second = await run();
    expect(first).toEqual(second);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it('adds latencyMs to every API response', async () => {
    const { access: token } = await login(url);
    fixture.sim.setFaults({ latencyMs: 250 });
    const start = performance.now();
    const response = await api(url, '/api/v1/dashboard/', { token });
    expect(response.status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(240);
  });

  it('malformedJsonRate 1 answers 200 with a truncated body', async () => {
    const { access: token } = await login(url);
    fixture.sim.setFaults({ malformedJsonRate: 1 });
    const response = await api(url, '/api/v1/dashboard/999', { token });
    expect(response.status).toBe(200);
    expect(response.contentType).toBe('application/json; charset=utf-8');
    expect(() => JSON.parse(response.text)).toThrow();
    expect('{"message":"Not found"}'.startsWith(response.text)).toBe(true);
  });

  it('down destroys connections until it is lifted', async () => {
    const { access: token } = await login(url);
    fixture.sim.setFaults({ down: true });
    await expect(api(url, '/api/v1/dashboard/', { token })).rejects.toThrow();
    await expect(fetch(`${url}/health`)).rejects.toThrow();
    fixture.sim.setFaults({ down: false });
    expect((await api(url, '/api/v1/dashboard/', { token })).status).toBe(200);
  });

  it('validates knobs and exposes them over HTTP for command-line runs', async () => {
    expect(() => fixture.sim.setFaults({ errorRate: 2 })).toThrow(
      /Invalid faults/,
    );
    const put = await api(url, '/__simulator/faults', {
      method: 'PUT',
      body: { latencyMs: 5 },
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({
      latencyMs: 5,
      errorRate: 0,
      tokenLifetimeSeconds: 900,
    });
    expect(fixture.sim.faults().latencyMs).toBe(5);
    const bad = await api(url, '/__simulator/faults', {
      method: 'PUT',
      body: { down: 'yes' },
    });
    expect(bad.status).toBe(400);
    const { access: token } = await login(url);
    await api(url, '/__simulator/expire-tokens', { method: 'POST' });
    expect((await api(url, '/api/v1/dashboard/', { token })).body).toEqual({
      msg: 'Token has expired',
    });
  });

  it('applies faults given at start', async () => {
    const other = await startFixtureSimulator({ faults: { errorRate: 1 } });
    try {
      expect((await api(other.sim.url, '/api/v1/dashboard/')).status).toBe(500);
      expect((await fetch(`${other.sim.url}/health`)).status).toBe(200);
    } finally {
      await other.sim.close();
    }
  });
});

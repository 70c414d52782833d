import { fixtureScenario } from '../scenario/fixtureScenario';
import { startSupersetSimulator } from '../server/startSupersetSimulator';
import type { RunningSupersetSimulator } from '../server/types';
import type { SupersetVersion } from '../versions/profiles';

/** A bare HTTP client with a cookie list, to see exactly what the simulator sets and expects. */
class Browser {
  cookies = new Map<string, string>();
  setCookies: string[] = [];
  token = '';

  constructor(private readonly base: string) {}

  async call(path: string, init: { method?: string; body?: unknown } = {}) {
    const response = await fetch(`${this.base}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        ...(this.token ? { Authorization: `Bearer ${this.token}` } : {}),
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
      body: init.body ? JSON.stringify(init.body) : undefined,
    });
    this.setCookies = response.headers.getSetCookie();
    for (const header of this.setCookies) {
      const [pair] = header.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return { status: response.status, body: await response.json() };
  }

  async login() {
    const { body } = await this.call('/api/v1/security/login', {
      method: 'POST',
      body: {
        username: 'svc_dashboard_validator',
        password: 'simulator',
        provider: 'db',
      },
    });
    this.token = body.access_token;
    // The first authenticated answer binds the async channel to the user.
    await this.call('/api/v1/dashboard/1');
  }

  /** Polls the event stream until `jobId` has a final event (the simulated worker runs on timers). */
  async finalEvent(jobId: string) {
    for (let i = 0; i < 200; i++) {
      const { body } = await this.call('/api/v1/async_event/');
      const final = body.result.find(
        (e: any) => e.job_id === jobId && ['done', 'error'].includes(e.status),
      );
      if (final) return { final, events: body.result };
      await new Promise(resolve => setTimeout(resolve, 5));
    }
    throw new Error(`job ${jobId} never finished`);
  }
}

describe('simulated global async queries', () => {
  let sim: RunningSupersetSimulator;
  const start = async (version?: SupersetVersion) => {
    sim = await startSupersetSimulator({
      scenario: fixtureScenario(),
      port: 0,
      version,
      asyncQueries: { pendingMs: 2, runningMs: 5 },
    });
    return new Browser(sim.url);
  };
  afterEach(() => sim.close());

  it('sets the session and async-token cookies the way validate_session does', async () => {
    const browser = await start();
    await browser.login();
    const set = browser.setCookies;
    expect(set).toEqual([
      expect.stringMatching(/^session=[\w-]+\.[\w-]+; HttpOnly; Path=\/$/),
      expect.stringMatching(
        /^async-token=[\w-]+\.[\w-]+\.[\w-]+; Max-Age=3600; HttpOnly; Path=\/$/,
      ),
    ]);
    const claims = JSON.parse(
      Buffer.from(
        browser.cookies.get('async-token')!.split('.')[1],
        'base64url',
      ).toString(),
    );
    expect(claims).toEqual({
      channel: expect.any(String),
      exp: expect.any(Number),
      sub: '4',
    });
    // With both cookies sent back, nothing is set again: the channel stays.
    await browser.call('/api/v1/dashboard/2');
    expect(browser.setCookies).toEqual([]);
  });

  it('answers chart data 401 without an async token, and 202 with job metadata with one', async () => {
    const browser = await start();
    await browser.login();
    const token = browser.cookies.get('async-token')!;
    browser.cookies.delete('async-token');
    expect(await browser.call('/api/v1/chart/1/data/')).toEqual({
      status: 401,
      body: { message: 'Not authorized' },
    });
    browser.cookies.set('async-token', token);
    const submitted = await browser.call('/api/v1/chart/1/data/');
    expect(submitted).toEqual({
      status: 202,
      body: {
        channel_id: expect.any(String),
        job_id: expect.any(String),
        user_id: 4,
        status: 'pending',
        errors: [],
        result_url: null,
      },
    });
  });

  it('streams pending → running → done with ordered ids, then serves result_url until it expires', async () => {
    const browser = await start();
    await browser.login();
    const { body: job } = await browser.call('/api/v1/chart/1/data/');
    const { final, events } = await browser.finalEvent(job.job_id);
    expect(events.map((e: any) => e.status)).toEqual(['running', 'done']);
    expect(final).toMatchObject({
      id: expect.stringMatching(/^\d+-\d+$/),
      job_id: job.job_id,
      channel_id: job.channel_id,
      result_url: expect.stringMatching(/^\/api\/v1\/chart\/data\/qc-\w+$/),
    });
    const after = await browser.call(
      `/api/v1/async_event/?last_id=${events[0].id}`,
    );
    expect(after.body.result.map((e: any) => e.id)).toEqual([final.id]);

    const result = await browser.call(final.result_url);
    expect(result.status).toBe(200);
    expect(result.body.result[0]).toMatchObject({
      status: 'success',
      is_cached: true,
    });
    // The next GET is answered from the cache, without a job.
    expect((await browser.call('/api/v1/chart/1/data/')).status).toBe(200);
    // ... unless forced.
    expect(
      (await browser.call('/api/v1/chart/1/data/?force=true')).status,
    ).toBe(202);

    sim.expireAsyncResults();
    expect(await browser.call(final.result_url)).toEqual({
      status: 404,
      body: { message: 'Not found' },
    });
  });

  it('refuses an expired async token on the event stream, and issues a new channel to a request without one', async () => {
    const browser = await start();
    await browser.login();
    const oldChannel = browser.cookies.get('async-token');
    sim.expireAsyncTokens();
    expect(await browser.call('/api/v1/async_event/')).toEqual({
      status: 401,
      body: { message: 'Not authorized' },
    });
    browser.cookies.delete('async-token');
    await browser.call('/api/v1/async_event/');
    expect(browser.cookies.get('async-token')).not.toBe(oldChannel);
    expect((await browser.call('/api/v1/async_event/')).status).toBe(200);
  });

  it.each([
    [
      '4.1',
      [{ message: expect.stringContaining('"bounce_flag" does not exist') }],
    ],
    [
      '5.0',
      [{ message: expect.stringContaining('"bounce_flag" does not exist') }],
    ],
  ] as const)(
    'Superset %s: a failing query ends its job with the errors as the worker writes them',
    async (version, errors) => {
      const browser = await start(version);
      await browser.login();
      const { body: job } = await browser.call('/api/v1/chart/6/data/');
      const { final } = await browser.finalEvent(job.job_id);
      expect(final).toMatchObject({
        status: 'error',
        result_url: null,
        errors,
      });
    },
  );
});

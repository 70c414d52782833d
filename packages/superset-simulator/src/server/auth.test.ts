import { api, jwtClaims, login } from '../__testUtils__/http';
import {
  FixtureSimulator,
  startFixtureSimulator,
} from '../__testUtils__/fixtureSimulator';

describe('authentication', () => {
  let fixture: FixtureSimulator;
  let url: string;

  beforeEach(async () => {
    fixture = await startFixtureSimulator();
    url = fixture.sim.url;
  });
  afterEach(() => fixture.sim.close());

  it('issues real HS256 JWTs with flask-jwt-extended claims', async () => {
    const tokens = await login(url, { refresh: true });
    const [header] = tokens.access.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
    });
    expect(jwtClaims(tokens.access)).toEqual({
      fresh: true,
      iat: 1753351200,
      jti: expect.any(String),
      type: 'access',
      sub: '4',
      nbf: 1753351200,
      csrf: expect.any(String),
      exp: 1753351200 + 900,
    });
    expect(jwtClaims(tokens.refresh!)).toMatchObject({
      type: 'refresh',
      fresh: false,
    });
    const withoutRefresh = await login(url);
    expect(withoutRefresh.refresh).toBeUndefined();
  });

  it('answers the four flask-jwt-extended errors', async () => {
    const tokens = await login(url, { refresh: true });
    const missing = await api(url, '/api/v1/dashboard/');
    expect([missing.status, missing.body]).toEqual([
      401,
      { msg: 'Missing Authorization Header' },
    ]);
    const malformed = await api(url, '/api/v1/dashboard/', {
      token: 'abc.def',
    });
    expect([malformed.status, malformed.body]).toEqual([
      422,
      { msg: 'Not enough segments' },
    ]);
    const refreshAsAccess = await api(url, '/api/v1/dashboard/', {
      token: tokens.refresh,
    });
    expect([refreshAsAccess.status, refreshAsAccess.body]).toEqual([
      422,
      { msg: 'Only non-refresh tokens are allowed' },
    ]);
    fixture.clock.advance(900_000);
    const expired = await api(url, '/api/v1/dashboard/', {
      token: tokens.access,
    });
    expect([expired.status, expired.body]).toEqual([
      401,
      { msg: 'Token has expired' },
    ]);
  });

  it('rejects tampered tokens and other header shapes', async () => {
    const { access } = await login(url);
    const [h, p] = access.split('.');
    const forged = `${h}.${p}.${Buffer.from('forged').toString('base64url')}`;
    const tampered = await api(url, '/api/v1/chart/1', { token: forged });
    expect([tampered.status, tampered.body]).toEqual([
      422,
      { msg: 'Signature verification failed' },
    ]);
    const basic = await api(url, '/api/v1/chart/1', {
      headers: { Authorization: 'Basic abc' },
    });
    expect(basic.status).toBe(401);
    expect(basic.body.msg).toMatch(
      /^Missing 'Bearer' type in 'Authorization' header/,
    );
  });

  it('expires tokens by the injected clock and the configured lifetime', async () => {
    const { access } = await login(url);
    fixture.clock.advance(899_000);
    expect((await api(url, '/api/v1/chart/1', { token: access })).status).toBe(
      200,
    );
    fixture.clock.advance(1_000);
    expect((await api(url, '/api/v1/chart/1', { token: access })).status).toBe(
      401,
    );

    fixture.sim.setFaults({ tokenLifetimeSeconds: 60 });
    const short = await login(url);
    expect(
      (jwtClaims(short.access).exp as number) -
        (jwtClaims(short.access).iat as number),
    ).toBe(60);
    fixture.clock.advance(60_000);
    expect(
      (await api(url, '/api/v1/chart/1', { token: short.access })).body,
    ).toEqual({
      msg: 'Token has expired',
    });
  });

  it('expireTokens() expires every issued access token, and refresh still works', async () => {
    const tokens = await login(url, { refresh: true });
    const other = await login(url);
    fixture.sim.expireTokens();
    for (const token of [tokens.access, other.access]) {
      const response = await api(url, '/api/v1/dashboard/', { token });
      expect([response.status, response.body]).toEqual([
        401,
        { msg: 'Token has expired' },
      ]);
    }
    const refreshed = await api(url, '/api/v1/security/refresh', {
      method: 'POST',
      token: tokens.refresh,
    });
    expect(refreshed.status).toBe(200);
    expect(Object.keys(refreshed.body)).toEqual(['access_token']);
    expect(jwtClaims(refreshed.body.access_token).fresh).toBe(false);
    expect(
      (
        await api(url, '/api/v1/dashboard/', {
          token: refreshed.body.access_token,
        })
      ).status,
    ).toBe(200);
  });

  it('refuses access tokens on the refresh endpoint', async () => {
    const { access } = await login(url);
    const response = await api(url, '/api/v1/security/refresh', {
      method: 'POST',
      token: access,
    });
    expect([response.status, response.body]).toEqual([
      422,
      { msg: 'Only refresh tokens are allowed' },
    ]);
  });

  it('validates login bodies like marshmallow and refuses bad credentials', async () => {
    const post = (body: unknown) =>
      api(url, '/api/v1/security/login', { method: 'POST', body });
    const empty = await post({});
    expect(empty.status).toBe(400);
    expect(empty.body.message).toEqual({
      username: ['Missing data for required field.'],
      password: ['Missing data for required field.'],
      provider: ['Missing data for required field.'],
    });
    const unknownUser = await post({
      username: 'nobody',
      password: 'x',
      provider: 'db',
    });
    expect([unknownUser.status, unknownUser.body]).toEqual([
      401,
      { message: 'Not authorized' },
    ]);
    // Users without a password in the scenario cannot log in at all.
    const owner = await post({
      username: 'ana.lima',
      password: '',
      provider: 'db',
    });
    expect(owner.status).toBe(401);
    const ldap = await post({
      username: 'svc_dashboard_validator',
      password: 'simulator',
      provider: 'ldap',
    });
    expect(ldap.status).toBe(200);
  });

  it('answers unknown routes 404 without asking for a token', async () => {
    const response = await api(url, '/api/v1/report/');
    expect([response.status, response.body]).toEqual([
      404,
      { message: 'Not found' },
    ]);
  });

  it('logs every request', async () => {
    await api(url, '/api/v1/dashboard/?q=(page:0)');
    expect(fixture.sim.requests).toEqual([
      {
        method: 'GET',
        path: '/api/v1/dashboard/',
        query: 'q=(page:0)',
        status: 401,
      },
    ]);
  });
});

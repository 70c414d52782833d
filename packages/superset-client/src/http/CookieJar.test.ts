import { CookieJar } from './CookieJar';

describe('CookieJar', () => {
  let now = Date.parse('2025-07-24T10:00:00Z');
  const jar = () => new CookieJar(() => now);

  it('sends the cookies Superset set, matching their path', () => {
    const cookies = jar();
    cookies.store([
      'session=abc.def; HttpOnly; Path=/',
      'async-token=eyJ.x.y; Max-Age=3600; HttpOnly; Path=/',
      'other=1; Path=/superset',
    ]);
    expect(cookies.header('/api/v1/chart/1/data/')).toBe(
      'session=abc.def; async-token=eyJ.x.y',
    );
    expect(cookies.header('/superset/dashboard/1/')).toContain('other=1');
    expect(cookies.header('/supersetx')).not.toContain('other=1');
  });

  it('drops a cookie once its Max-Age has passed, and Max-Age wins over Expires', () => {
    const cookies = jar();
    cookies.store([
      'async-token=t; Max-Age=60; Expires=Wed, 01 Jan 2031 00:00:00 GMT; Path=/',
    ]);
    now += 59_000;
    expect(cookies.get('async-token')).toBe('t');
    now += 1_000;
    expect(cookies.get('async-token')).toBeUndefined();
    expect(cookies.header('/')).toBeUndefined();
  });

  it('deletes a cookie set with a past expiry, and ignores malformed headers', () => {
    const cookies = jar();
    cookies.store(['session=a; Path=/']);
    cookies.store(['session=; Max-Age=0; Path=/', '=nameless', 'garbage']);
    expect(cookies.header('/')).toBeUndefined();
  });

  it('replaces a cookie of the same name and forgets everything on clear', () => {
    const cookies = jar();
    cookies.store(['session=a', 'session=b']);
    expect(cookies.get('session')).toBe('b');
    cookies.clear();
    expect(cookies.get('session')).toBeUndefined();
  });
});

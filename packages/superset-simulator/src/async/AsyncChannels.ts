import type { Request, RequestHandler, Response } from 'express';
import type { User } from '../model/types';
import type { Clock } from '../time/clock';
import { randomId } from '../util/ids';
import type { AsyncQueriesConfig } from './asyncQueriesSchema';
import { signAsyncJwt, verifyAsyncJwt } from './asyncJwt';
import { decodeSession, encodeSession, parseCookies } from './flaskSession';

const SESSION_COOKIE = 'session';

/**
 * The async channel of each client, as AsyncQueryManager keeps it: the channel id lives in Flask's
 * session, and an HS256 JWT carrying it is set as the `async-token` cookie by an after-request hook
 * whenever the request came without that cookie, without a channel in its session, or as another user.
 */
export class AsyncChannels {
  private readonly issued = new Set<string>();
  private readonly expired = new Set<string>();

  constructor(
    private readonly config: AsyncQueriesConfig,
    private readonly clock: Clock,
  ) {}

  /** `validate_session`, run just before the answer's headers go out (Flask's after_request). */
  afterRequest(): RequestHandler {
    return (req, res, next) => {
      const writeHead = res.writeHead;
      res.writeHead = ((...args: Parameters<typeof writeHead>) => {
        this.validateSession(req, res);
        return writeHead.apply(res, args);
      }) as typeof writeHead;
      next();
    };
  }

  /** `parse_channel_id_from_request`: the channel of the request's async token, if it is valid. */
  channelOf(req: Request): string | undefined {
    const token = parseCookies(req.headers.cookie).get(
      this.config.jwtCookieName,
    );
    if (!token || this.expired.has(token)) return undefined;
    return verifyAsyncJwt(token, this.nowSeconds())?.channel;
  }

  /** Every async token issued so far fails to decode from now on (as when its `exp` passes). */
  expireTokens(): void {
    for (const token of this.issued) this.expired.add(token);
    this.issued.clear();
  }

  private validateSession(req: Request, res: Response): void {
    const cookies = parseCookies(req.headers.cookie);
    const session = decodeSession(cookies.get(SESSION_COOKIE));
    const user = res.locals.user as User | undefined;
    const userId = user?.id ?? null;
    const reset =
      !cookies.get(this.config.jwtCookieName) ||
      session.async_channel_id === undefined ||
      session.async_user_id === undefined ||
      session.async_user_id !== userId;
    if (!reset) return;
    const channel = randomId();
    const claims = {
      channel,
      exp: this.nowSeconds() + this.config.jwtExpirationSeconds,
      ...(userId !== null ? { sub: String(userId) } : {}),
    };
    const token = signAsyncJwt(claims);
    this.issued.add(token);
    res.append('Set-Cookie', [
      `${SESSION_COOKIE}=${encodeSession({
        ...session,
        async_channel_id: channel,
        async_user_id: userId,
      })}; HttpOnly; Path=/`,
      `${this.config.jwtCookieName}=${token}; Max-Age=${this.config.jwtExpirationSeconds}; HttpOnly; Path=/`,
    ]);
  }

  private nowSeconds(): number {
    return Math.floor(this.clock.now().getTime() / 1000);
  }
}

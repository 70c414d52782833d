import { SupersetApiError } from '../errors';
import { CookieJar } from '../http/CookieJar';
import { HttpResponse } from '../http/types';

/** Superset's default GLOBAL_ASYNC_QUERIES_JWT_COOKIE_NAME. */
export const DEFAULT_ASYNC_COOKIE_NAME = 'async-token';

/** Replays after a refused async token: once for the 401 that issues a new one, once to use it. */
const MAX_REPLAYS = 2;

/**
 * The async-queries JWT cookie of one instance. Superset reads the job channel from it: the chart-data
 * route answers FAB's 401 `{"message": "Not authorized"}` when it is missing or expired, and the
 * `after_request` hook only issues a new one when the request carried none. So a refused token is
 * dropped, and the call replayed; the answer to the replay carries a new token (and a new channel).
 */
export class AsyncToken {
  private binding?: Promise<void>;

  constructor(
    private readonly cookies: CookieJar,
    readonly cookieName: string = DEFAULT_ASYNC_COOKIE_NAME,
  ) {}

  /** The channel the current token reads (its `channel` claim), or undefined without a usable token. */
  channel(): string | undefined {
    const channel = this.claims()?.channel;
    return typeof channel === 'string' ? channel : undefined;
  }

  /**
   * Sends, renewing the async token when Superset refuses it. While the token is the anonymous one the
   * login's answer set (no `sub`), one request goes first: every answer to a request made with it sets
   * a different user channel, so concurrent first requests would start jobs on channels nobody reads.
   */
  async withRenewal(send: () => Promise<HttpResponse>): Promise<HttpResponse> {
    if (this.anonymous()) {
      if (!this.binding) {
        const first = this.sendRenewing(send);
        // Waiters only need it settled; its failure is its own caller's to handle.
        this.binding = first
          .then(
            () => undefined,
            () => undefined,
          )
          .finally(() => {
            this.binding = undefined;
          });
        return first;
      }
      await this.binding;
    }
    return this.sendRenewing(send);
  }

  private anonymous(): boolean {
    const claims = this.claims();
    return claims !== undefined && claims.sub === undefined;
  }

  private claims(): Record<string, unknown> | undefined {
    const payload = this.cookies.get(this.cookieName)?.split('.')[1];
    if (!payload) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      return claims && typeof claims === 'object' ? claims : undefined;
    } catch {
      return undefined;
    }
  }

  private async sendRenewing(
    send: () => Promise<HttpResponse>,
  ): Promise<HttpResponse> {
    for (let replay = 0; ; replay++) {
      const sent = this.cookies.get(this.cookieName);
      try {
        return await send();
      } catch (error) {
        if (replay >= MAX_REPLAYS || !isAsyncTokenRefusal(error)) throw error;
        // A 401 that brought a new token is answered by replaying; otherwise the stale one must go first.
        if (this.cookies.get(this.cookieName) === sent) {
          this.cookies.delete(this.cookieName);
        }
      }
    }
  }
}

/** FAB's own 401 (not flask-jwt-extended's `{"msg"}`): the access token was fine, the async one was not. */
function isAsyncTokenRefusal(error: unknown): boolean {
  return (
    error instanceof SupersetApiError &&
    error.kind === 'http' &&
    error.status === 401 &&
    error.bodyShape !== 'jwt'
  );
}

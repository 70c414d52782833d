import { LoggerService } from '@backstage/backend-plugin-api';
import { SupersetInstanceConfig } from '../config';
import { CookieJar } from '../http/CookieJar';
import { RequestRunner, RunnableRequest } from '../http/RequestRunner';
import { loginResponseSchema, refreshResponseSchema } from '../schemas/auth';

const LOGIN_PATH = '/api/v1/security/login';
const REFRESH_PATH = '/api/v1/security/refresh';

interface Tokens {
  access: string;
  refresh?: string;
}

/**
 * Holds the JWT pair of one instance. Every renewal (login, or refresh with login as the fallback) is
 * shared: callers that need a token while one is in flight wait for it instead of logging in again, so
 * a burst of concurrent calls - or of concurrent 401s - costs one login.
 *
 * Renewals run without any caller's signal, since other callers may be waiting on them; they get the
 * instance's request timeout and retries like every other request.
 */
export class SupersetSession {
  private tokens?: Tokens;
  private renewal?: Promise<string>;

  constructor(
    private readonly instance: SupersetInstanceConfig,
    private readonly runner: RequestRunner,
    private readonly logger?: LoggerService,
    /** Cleared at every login: Superset's session and async channel belong to one login. */
    private readonly cookies?: CookieJar,
  ) {}

  /** The current access token, logging in first when there is none. */
  accessToken(): Promise<string> {
    if (this.tokens) {
      return Promise.resolve(this.tokens.access);
    }
    return this.renew('login');
  }

  /**
   * A token to replay a call with after Superset refused `rejected`. When another caller renewed the
   * token meanwhile, that one is returned without asking Superset again.
   */
  recover(rejected: string, reason: 'expired' | 'invalid'): Promise<string> {
    if (this.tokens && this.tokens.access !== rejected) {
      return Promise.resolve(this.tokens.access);
    }
    return this.renew(reason === 'expired' ? 'refresh' : 'login');
  }

  private renew(how: 'login' | 'refresh'): Promise<string> {
    if (!this.renewal) {
      const refreshToken = this.tokens?.refresh;
      const renewal =
        how === 'refresh' && refreshToken
          ? this.refreshOrLogin(refreshToken)
          : this.login();
      this.renewal = renewal.finally(() => {
        this.renewal = undefined;
      });
    }
    return this.renewal;
  }

  private async login(): Promise<string> {
    this.tokens = undefined;
    this.cookies?.clear();
    const { username, password, provider } = this.instance.auth;
    const request: RunnableRequest = {
      method: 'POST',
      path: LOGIN_PATH,
      body: { username, password, provider, refresh: true },
    };
    const body = this.runner.parse(
      loginResponseSchema,
      await this.runner.send(request),
      request,
    );
    this.tokens = {
      access: body.access_token,
      refresh: body.refresh_token ?? undefined,
    };
    this.logger?.debug(`Superset ${this.instance.id}: logged in`);
    return body.access_token;
  }

  private async refreshOrLogin(refreshToken: string): Promise<string> {
    try {
      const request: RunnableRequest = {
        method: 'POST',
        path: REFRESH_PATH,
        bearer: refreshToken,
      };
      const body = this.runner.parse(
        refreshResponseSchema,
        await this.runner.send(request),
        request,
      );
      this.tokens = { access: body.access_token, refresh: refreshToken };
      this.logger?.debug(
        `Superset ${this.instance.id}: refreshed the access token`,
      );
      return body.access_token;
    } catch (error) {
      this.logger?.debug(
        `Superset ${this.instance.id}: token refresh failed (${
          error instanceof Error ? error.message : String(error)
        }); logging in again`,
      );
      return this.login();
    }
  }
}

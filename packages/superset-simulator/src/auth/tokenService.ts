import type { Clock } from '../time/clock';
import { randomId } from '../util/ids';
import { decodeJwt, JwtClaims, signJwt } from './jwt';

/** flask-jwt-extended's default JWT_REFRESH_TOKEN_EXPIRES. */
const REFRESH_LIFETIME_SECONDS = 30 * 24 * 3600;

export type TokenCheck =
  | { ok: true; claims: JwtClaims }
  | { ok: false; status: 401 | 422; msg: string };

/**
 * Issues and checks the instance's JWTs against the simulator clock, and remembers the access tokens
 * it handed out so a test can expire all of them at once.
 */
export class TokenService {
  private readonly liveAccessTokens = new Set<string>();
  private readonly expiredAccessTokens = new Set<string>();

  constructor(
    private readonly clock: Clock,
    private readonly accessLifetimeSeconds: () => number,
  ) {}

  issue(userId: number, type: 'access' | 'refresh', fresh: boolean): string {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    const lifetime =
      type === 'access'
        ? this.accessLifetimeSeconds()
        : REFRESH_LIFETIME_SECONDS;
    const claims: JwtClaims = {
      fresh,
      iat: now,
      jti: randomId(),
      type,
      sub: String(userId),
      nbf: now,
      csrf: randomId(),
      exp: now + lifetime,
    };
    if (type === 'access') {
      this.liveAccessTokens.add(claims.jti);
    }
    return signJwt(claims);
  }

  /** Checks in flask-jwt-extended's order: decode, time claims, revocation, token type. */
  check(token: string, expected: 'access' | 'refresh'): TokenCheck {
    const decoded = decodeJwt(token);
    if (!decoded.ok) {
      return { ok: false, status: 422, msg: decoded.message };
    }
    const { claims } = decoded;
    const now = Math.floor(this.clock.now().getTime() / 1000);
    if (typeof claims.iat === 'number' && claims.iat > now) {
      return {
        ok: false,
        status: 422,
        msg: 'The token is not yet valid (iat)',
      };
    }
    if (typeof claims.nbf === 'number' && claims.nbf > now) {
      return {
        ok: false,
        status: 422,
        msg: 'The token is not yet valid (nbf)',
      };
    }
    if (typeof claims.exp === 'number' && claims.exp <= now) {
      return { ok: false, status: 401, msg: 'Token has expired' };
    }
    if (this.expiredAccessTokens.has(claims.jti)) {
      return { ok: false, status: 401, msg: 'Token has expired' };
    }
    if (expected === 'access' && claims.type === 'refresh') {
      return {
        ok: false,
        status: 422,
        msg: 'Only non-refresh tokens are allowed',
      };
    }
    if (expected === 'refresh' && claims.type !== 'refresh') {
      return { ok: false, status: 422, msg: 'Only refresh tokens are allowed' };
    }
    return { ok: true, claims };
  }

  /** Every access token issued so far answers "Token has expired" from now on. */
  expireAccessTokens(): void {
    for (const jti of this.liveAccessTokens) {
      this.expiredAccessTokens.add(jti);
    }
    this.liveAccessTokens.clear();
  }
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/** Stands in for GLOBAL_ASYNC_QUERIES_JWT_SECRET (a different secret from the API's JWTs, as in Superset). */
const SECRET = 'superset-simulator-async-queries-not-a-secret';

/** The claims AsyncQueryManager.validate_session puts in the async token. */
export interface AsyncJwtClaims {
  channel: string;
  /** Seconds since the epoch. */
  exp: number;
  /** The user id as a string; absent for anonymous requests. */
  sub?: string;
}

const encode = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

function sign(input: string): string {
  return createHmac('sha256', SECRET).update(input).digest('base64url');
}

export function signAsyncJwt(claims: AsyncJwtClaims): string {
  const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
  return `${input}.${sign(input)}`;
}

/** PyJWT's decode: signature and `exp`; anything wrong is one AsyncQueryTokenException in Superset. */
export function verifyAsyncJwt(
  token: string,
  nowSeconds: number,
): AsyncJwtClaims | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const expected = Buffer.from(sign(`${header}.${payload}`));
  const actual = Buffer.from(signature);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return undefined;
  }
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    if (typeof claims?.channel !== 'string' || typeof claims.exp !== 'number') {
      return undefined;
    }
    return claims.exp > nowSeconds ? claims : undefined;
  } catch {
    return undefined;
  }
}

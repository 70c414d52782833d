import { createHmac, timingSafeEqual } from 'node:crypto';

/** A dummy secret like the fixtures': the tokens only have to be real HS256 JWTs, not secret ones. */
const SECRET = 'superset-simulator-not-a-secret';
const HEADER = { alg: 'HS256', typ: 'JWT' };

/** flask-jwt-extended's claims, in its order. */
export interface JwtClaims {
  fresh: boolean;
  iat: number;
  jti: string;
  type: 'access' | 'refresh';
  sub: string;
  nbf: number;
  csrf: string;
  exp: number;
}

const base64url = (data: string | Buffer) =>
  Buffer.from(data).toString('base64url');

function signature(signingInput: string): Buffer {
  return createHmac('sha256', SECRET).update(signingInput).digest();
}

export function signJwt(claims: JwtClaims): string {
  const signingInput = `${base64url(JSON.stringify(HEADER))}.${base64url(
    JSON.stringify(claims),
  )}`;
  return `${signingInput}.${signature(signingInput).toString('base64url')}`;
}

export type DecodeResult =
  | { ok: true; claims: JwtClaims }
  | { ok: false; message: string };

function parseSegment(segment: string): unknown {
  const json = Buffer.from(segment, 'base64url').toString('utf8');
  const value = JSON.parse(json);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('not an object');
  }
  return value;
}

/** Structure and signature checks, with PyJWT's messages (time claims are checked by the caller). */
export function decodeJwt(token: string): DecodeResult {
  const parts = token.split('.');
  if (parts.length < 3) {
    return { ok: false, message: 'Not enough segments' };
  }
  if (parts.length > 3) {
    return { ok: false, message: 'Invalid payload padding' };
  }
  const [headerPart, payloadPart, signaturePart] = parts;
  let header: Record<string, unknown>;
  try {
    header = parseSegment(headerPart) as Record<string, unknown>;
  } catch {
    return {
      ok: false,
      message: 'Invalid header string: must be a json object',
    };
  }
  let payload: unknown;
  try {
    payload = parseSegment(payloadPart);
  } catch {
    return {
      ok: false,
      message: 'Invalid payload string: must be a json object',
    };
  }
  if (header.alg !== 'HS256') {
    return { ok: false, message: 'The specified alg value is not allowed' };
  }
  const expected = signature(`${headerPart}.${payloadPart}`);
  const actual = Buffer.from(signaturePart, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { ok: false, message: 'Signature verification failed' };
  }
  return { ok: true, claims: payload as JwtClaims };
}

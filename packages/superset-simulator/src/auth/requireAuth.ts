import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { LiveModel } from '../model/liveModel';
import type { User } from '../model/types';
import { sendJwtError } from '../http/respond';
import type { TokenService } from './tokenService';

const HEADER_HINT = "Expected 'Authorization: Bearer <JWT>'";

type BearerResult =
  | { ok: true; token: string }
  | { ok: false; status: 401 | 422; msg: string };

/** flask-jwt-extended's header parsing, with its messages and status codes. */
export function readBearer(header: string | undefined): BearerResult {
  const value = (header ?? '').trim().replace(/^,+|,+$/g, '');
  if (!value) {
    return { ok: false, status: 401, msg: 'Missing Authorization Header' };
  }
  const candidates = value
    .split(/,\s*/)
    .filter(v => v.split(/\s+/)[0] === 'Bearer');
  if (candidates.length !== 1) {
    return {
      ok: false,
      status: 401,
      msg: `Missing 'Bearer' type in 'Authorization' header. ${HEADER_HINT}`,
    };
  }
  const parts = candidates[0].split(/\s+/);
  if (parts.length !== 2) {
    return {
      ok: false,
      status: 422,
      msg: `Bad Authorization header. ${HEADER_HINT}`,
    };
  }
  return { ok: true, token: parts[1] };
}

/** The authenticated user of a request (set by requireAuth). */
export function currentUser(res: Response): User {
  return res.locals.user as User;
}

/** `@protect()`: every API route but login answers JWT errors before doing anything else. */
export function requireAuth(
  tokens: TokenService,
  model: LiveModel,
  expected: 'access' | 'refresh' = 'access',
): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const bearer = readBearer(req.headers.authorization);
    if (!bearer.ok) {
      sendJwtError(res, bearer.status, bearer.msg);
      return;
    }
    const check = tokens.check(bearer.token, expected);
    if (!check.ok) {
      sendJwtError(res, check.status, check.msg);
      return;
    }
    const user = model.get().users.get(Number(check.claims.sub));
    if (!user || !user.active) {
      sendJwtError(res, 401, `Error loading the user ${check.claims.sub}`);
      return;
    }
    res.locals.user = user;
    res.locals.claims = check.claims;
    next();
  };
}

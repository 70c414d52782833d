import { Router } from 'express';
import type { LiveModel } from '../model/liveModel';
import { sendJson, sendMessage } from '../http/respond';
import { currentUser, requireAuth } from './requireAuth';
import type { TokenService } from './tokenService';

const REQUIRED = 'Missing data for required field.';

/** Marshmallow's LoginPost validation, with its error shape `{field: [messages]}`. */
function validateLogin(
  body: Record<string, unknown>,
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const field of ['username', 'password'] as const) {
    if (body[field] === undefined || body[field] === null) {
      errors[field] = [REQUIRED];
    } else if (typeof body[field] !== 'string') {
      errors[field] = ['Not a valid string.'];
    }
  }
  if (body.provider === undefined || body.provider === null) {
    errors.provider = [REQUIRED];
  } else if (body.provider !== 'db' && body.provider !== 'ldap') {
    errors.provider = ['Must be one of: db, ldap.'];
  }
  if (body.refresh !== undefined && typeof body.refresh !== 'boolean') {
    errors.refresh = ['Not a valid boolean.'];
  }
  return errors;
}

/** POST /security/login and /security/refresh (FAB's security API). */
export function securityRoutes(model: LiveModel, tokens: TokenService): Router {
  const router = Router();

  router.post('/security/login', (req, res) => {
    if (
      !req.is('application/json') ||
      typeof req.body !== 'object' ||
      !req.body
    ) {
      sendMessage(res, 400, 'Request payload is not JSON');
      return;
    }
    const body = req.body as Record<string, unknown>;
    const errors = validateLogin(body);
    if (Object.keys(errors).length > 0) {
      sendMessage(res, 400, errors);
      return;
    }
    const user = model.get().usersByName.get(body.username as string);
    if (
      !user ||
      !user.active ||
      user.password === undefined ||
      user.password !== body.password
    ) {
      sendMessage(res, 401, 'Not authorized');
      return;
    }
    const result: Record<string, string> = {
      access_token: tokens.issue(user.id, 'access', true),
    };
    if (body.refresh === true) {
      result.refresh_token = tokens.issue(user.id, 'refresh', false);
    }
    sendJson(res, 200, result);
  });

  router.post(
    '/security/refresh',
    requireAuth(tokens, model, 'refresh'),
    (_req, res) => {
      sendJson(res, 200, {
        access_token: tokens.issue(currentUser(res).id, 'access', false),
      });
    },
  );

  return router;
}

import { SupersetApiError } from '../errors';

/**
 * Whether Superset refused the access token (flask-jwt-extended answers with `{"msg": ...}`, 401 or 422),
 * and how to recover: an expired token can be refreshed, any other token problem needs a new login.
 * Anything else (including FAB's own 401/422 `{"message": ...}`) is not a token problem.
 */
export function jwtRejection(
  error: unknown,
): 'expired' | 'invalid' | undefined {
  if (
    !(error instanceof SupersetApiError) ||
    error.kind !== 'http' ||
    error.bodyShape !== 'jwt' ||
    (error.status !== 401 && error.status !== 422)
  ) {
    return undefined;
  }
  return error.status === 401 && /expired/i.test(error.supersetMessage)
    ? 'expired'
    : 'invalid';
}

import { SupersetApiError } from '../errors';
import { extractSupersetMessage } from '../errors/extractSupersetMessage';
import { FIXTURE_ERROR_BODIES } from '../__testUtils__/errorBodies';
import { jwtRejection } from './jwtRejection';

function httpError(status: number, body: unknown) {
  const { message, shape } = extractSupersetMessage(body);
  return new SupersetApiError({
    kind: 'http',
    instanceId: 'prod',
    method: 'GET',
    path: '/api/v1/dashboard/',
    status,
    supersetMessage: message,
    bodyShape: shape,
  });
}

describe('jwtRejection', () => {
  it('classifies every fixture error body', () => {
    const classified = Object.fromEntries(
      FIXTURE_ERROR_BODIES.map(c => [
        c.file,
        jwtRejection(httpError(c.status, c.body)),
      ]),
    );
    expect(
      Object.entries(classified).filter(([, reason]) => reason !== undefined),
    ).toEqual([
      ['auth.401_missing_header.json', 'invalid'],
      ['auth.401_token_expired.json', 'expired'],
      ['auth.422_bad_token.json', 'invalid'],
      ['auth.422_refresh_token_used_as_access.json', 'invalid'],
    ]);
  });

  it('ignores FAB 422 validation errors and non-HTTP failures', () => {
    expect(
      jwtRejection(httpError(422, { message: { name: ['Required.'] } })),
    ).toBeUndefined();
    expect(jwtRejection(new Error('x'))).toBeUndefined();
    expect(
      jwtRejection(
        new SupersetApiError({
          kind: 'timeout',
          instanceId: 'prod',
          method: 'GET',
          path: '/',
          supersetMessage: 'Token has expired',
        }),
      ),
    ).toBeUndefined();
  });
});

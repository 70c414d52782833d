import { SupersetApiError } from './SupersetApiError';

const base = {
  instanceId: 'prod',
  method: 'GET',
  path: '/api/v1/chart/6/data/',
};

describe('SupersetApiError', () => {
  it('formats http errors with status and Superset message', () => {
    const error = new SupersetApiError({
      ...base,
      kind: 'http',
      status: 400,
      supersetMessage: 'Error: column "bounce_flag" does not exist',
      bodyShape: 'fab',
    });
    expect(error.message).toBe(
      'Superset prod: GET /api/v1/chart/6/data/ answered 400: Error: column "bounce_flag" does not exist',
    );
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SupersetApiError');
    expect(error.retryable).toBe(false);
  });

  it.each([
    [
      'timeout',
      undefined,
      'Superset prod: GET /api/v1/chart/6/data/ timed out: x',
      true,
    ],
    [
      'network',
      undefined,
      'Superset prod: GET /api/v1/chart/6/data/ failed: x',
      true,
    ],
    [
      'aborted',
      undefined,
      'Superset prod: GET /api/v1/chart/6/data/ was aborted: x',
      false,
    ],
    [
      'invalid-response',
      200,
      'Superset prod: GET /api/v1/chart/6/data/ answered 200 with an unusable body: x',
      false,
    ],
    [
      'http',
      503,
      'Superset prod: GET /api/v1/chart/6/data/ answered 503: x',
      true,
    ],
    [
      'http',
      429,
      'Superset prod: GET /api/v1/chart/6/data/ answered 429: x',
      true,
    ],
    [
      'http',
      404,
      'Superset prod: GET /api/v1/chart/6/data/ answered 404: x',
      false,
    ],
  ] as const)(
    'formats %s (status %s) and knows whether to retry',
    (kind, status, message, retryable) => {
      const error = new SupersetApiError({
        ...base,
        kind,
        status,
        supersetMessage: 'x',
      });
      expect(error.message).toBe(message);
      expect(error.status).toBe(status);
      expect(error.retryable).toBe(retryable);
    },
  );
});

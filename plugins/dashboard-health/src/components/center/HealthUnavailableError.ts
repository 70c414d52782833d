import { ResponseError } from '@backstage/errors';

/**
 * Marks a failure of the dashboard-health backend (as opposed to the catalog), so the views can say
 * "Dashboard Health is unavailable" rather than blame the catalog.
 */
export class HealthUnavailableError extends Error {
  readonly name = 'HealthUnavailableError';

  constructor(readonly cause: Error) {
    super(errorMessage(cause));
  }
}

/** The most telling message of an error: for a failed request, what the server said rather than the status line. */
export function errorMessage(error: Error): string {
  if (ResponseError.is(error) && error.cause.message) {
    return error.cause.message;
  }
  return error.message;
}

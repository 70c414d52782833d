/**
 * A sentence for an error from the backend. A `ResponseError`'s own message is only
 * "Request failed with 403 Forbidden"; the server's reason is in its cause, so both are shown.
 */
export function describeError(error: Error): string {
  const cause = (error as { cause?: { message?: unknown } }).cause;
  if (
    error.name === 'ResponseError' &&
    typeof cause?.message === 'string' &&
    cause.message
  ) {
    return `${cause.message} (${error.message})`;
  }
  return error.message || String(error);
}

import { SupersetErrorBodyShape } from './extractSupersetMessage';

/**
 * What went wrong: an HTTP error answer, no answer in time, no answer at all, the caller's abort, or an answer the client cannot use.
 *
 * @public
 */
export type SupersetApiErrorKind =
  | 'http'
  | 'timeout'
  | 'network'
  | 'aborted'
  | 'invalid-response';

/**
 * What a SupersetApiError is made of: the failed request and what Superset answered.
 *
 * @public
 */
export interface SupersetApiErrorDetails {
  /** What went wrong. */
  kind: SupersetApiErrorKind;
  /** Id of the Superset instance the request went to. */
  instanceId: string;
  /** HTTP method of the request. */
  method: string;
  /** Request path without the query string. */
  path: string;
  /** HTTP status; undefined for network errors, timeouts and aborts. */
  status?: number;
  /** Superset's own message, or the client's description for non-HTTP failures. */
  supersetMessage: string;
  /** SIP-40 `error_type`, when Superset answered with an `errors[]` body. */
  errorType?: string;
  /** Which error body shape Superset answered with (http errors only). */
  bodyShape?: SupersetErrorBodyShape;
  /** Delay Superset asked for through `Retry-After` (429/503), in milliseconds. */
  retryAfterMs?: number;
  /** The underlying error, if any (e.g. the failed fetch). */
  cause?: unknown;
}

/**
 * The one error the client throws. Its message reads
 * `Superset prod: GET /api/v1/chart/6/data/ answered 400: Error: column "bounce_flag" does not exist`;
 * it never contains a token or a password, and the path carries no query string.
 *
 * @public
 */
export class SupersetApiError extends Error {
  /** Always `SupersetApiError`. */
  readonly name = 'SupersetApiError';
  /** What went wrong. */
  readonly kind: SupersetApiErrorKind;
  /** Id of the Superset instance the request went to. */
  readonly instanceId: string;
  /** HTTP method of the request. */
  readonly method: string;
  /** Request path without the query string. */
  readonly path: string;
  /** HTTP status; undefined for network errors, timeouts and aborts. */
  readonly status?: number;
  /** Superset's own message, or the client's description for non-HTTP failures. */
  readonly supersetMessage: string;
  /** SIP-40 `error_type`, when Superset answered with an `errors[]` body. */
  readonly errorType?: string;
  /** Which error body shape Superset answered with (http errors only). */
  readonly bodyShape?: SupersetErrorBodyShape;
  /** Delay Superset asked for through `Retry-After` (429/503), in milliseconds. */
  readonly retryAfterMs?: number;

  constructor(details: SupersetApiErrorDetails) {
    super(formatMessage(details), { cause: details.cause });
    this.kind = details.kind;
    this.instanceId = details.instanceId;
    this.method = details.method;
    this.path = details.path;
    this.status = details.status;
    this.supersetMessage = details.supersetMessage;
    this.errorType = details.errorType;
    this.bodyShape = details.bodyShape;
    this.retryAfterMs = details.retryAfterMs;
  }

  /** Worth another attempt: server-side trouble (5xx), throttling (429), no answer or no answer in time. */
  get retryable(): boolean {
    if (this.kind === 'timeout' || this.kind === 'network') {
      return true;
    }
    return (
      this.kind === 'http' &&
      this.status !== undefined &&
      (this.status >= 500 || this.status === 429)
    );
  }
}

function formatMessage(details: SupersetApiErrorDetails): string {
  const prefix = `Superset ${details.instanceId}: ${details.method} ${details.path}`;
  switch (details.kind) {
    case 'http':
      return `${prefix} answered ${details.status}: ${
        details.supersetMessage || '(no message)'
      }`;
    case 'invalid-response':
      return details.status === undefined
        ? `${prefix} gave an unusable answer: ${details.supersetMessage}`
        : `${prefix} answered ${details.status} with an unusable body: ${details.supersetMessage}`;
    case 'timeout':
      return `${prefix} timed out: ${details.supersetMessage}`;
    case 'aborted':
      return `${prefix} was aborted: ${details.supersetMessage}`;
    default:
      return `${prefix} failed: ${details.supersetMessage}`;
  }
}

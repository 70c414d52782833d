/**
 * Which of Superset's error body shapes a message came from.
 *
 * @public
 */
export type SupersetErrorBodyShape =
  /** Flask-AppBuilder: `{"message": str | {field: [str]}}`, every ordinary API error. */
  | 'fab'
  /** flask-jwt-extended: `{"msg": str}`, token problems. */
  | 'jwt'
  /** SIP-40: `{"errors": [{message, error_type, level, extra}]}`, app-level handlers. */
  | 'sip40'
  /** Anything else: an HTML page from a proxy, an empty body, ... */
  | 'other';

export interface ExtractedSupersetMessage {
  message: string;
  shape: SupersetErrorBodyShape;
  /** SIP-40 `error_type` of the first error, e.g. `TABLE_SECURITY_ACCESS_ERROR`. */
  errorType?: string;
}

const MAX_TEXT_LENGTH = 300;

/**
 * Pulls the human message out of any of Superset's three error bodies. `body` is the parsed JSON (or
 * undefined when the body was not JSON), `text` the raw body for the fallback.
 */
export function extractSupersetMessage(
  body: unknown,
  text = '',
): ExtractedSupersetMessage {
  if (isRecord(body)) {
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      return fromSip40(body.errors);
    }
    if (body.message !== undefined && body.message !== null) {
      return { message: flattenMessage(body.message), shape: 'fab' };
    }
    if (typeof body.msg === 'string') {
      return { message: body.msg, shape: 'jwt' };
    }
  }
  return { message: summariseText(text), shape: 'other' };
}

function fromSip40(errors: unknown[]): ExtractedSupersetMessage {
  const messages = errors
    .map(error => (isRecord(error) ? flattenMessage(error.message) : ''))
    .filter(Boolean);
  const first = errors[0];
  const errorType =
    isRecord(first) && typeof first.error_type === 'string'
      ? first.error_type
      : undefined;
  return { message: messages.join('; '), shape: 'sip40', errorType };
}

/**
 * Marshmallow validation errors arrive as `{field: [messages]}`, possibly nested
 * (`{datasource: {type: [...]}}`); flattened to `password: Missing data for required field.`.
 */
function flattenMessage(message: unknown, path = ''): string {
  if (typeof message === 'string') {
    return path ? `${path}: ${message}` : message;
  }
  if (Array.isArray(message)) {
    if (message.every(item => typeof item === 'string')) {
      return path ? `${path}: ${message.join(' ')}` : message.join(' ');
    }
    return message
      .map((item, i) => flattenMessage(item, path ? `${path}.${i}` : `${i}`))
      .join('; ');
  }
  if (isRecord(message)) {
    return Object.entries(message)
      .map(([key, value]) =>
        flattenMessage(value, path ? `${path}.${key}` : key),
      )
      .join('; ');
  }
  if (message === undefined || message === null) {
    return path;
  }
  return path ? `${path}: ${String(message)}` : String(message);
}

/** A non-JSON body (typically a proxy's HTML error page) shortened to something fit for a log line. */
function summariseText(text: string): string {
  const plain = text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > MAX_TEXT_LENGTH
    ? `${plain.slice(0, MAX_TEXT_LENGTH)}…`
    : plain;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

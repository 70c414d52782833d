import { createHmac } from 'node:crypto';

/** What Superset keeps in Flask's session for async queries. */
export interface AsyncSessionData {
  async_channel_id?: string;
  /** `null` for anonymous requests (get_user_id() is None). */
  async_user_id?: number | null;
}

const SECRET = 'superset-simulator-flask-secret-key';

/** Flask's signed cookie session: the data travel in the cookie, signed so a client cannot forge them. */
export function encodeSession(data: AsyncSessionData): string {
  const payload = Buffer.from(JSON.stringify(data)).toString('base64url');
  return `${payload}.${signature(payload)}`;
}

/** The session of a request; an unsigned or tampered cookie is an empty session, as in Flask. */
export function decodeSession(cookie: string | undefined): AsyncSessionData {
  const [payload, sig] = (cookie ?? '').split('.');
  if (!payload || sig !== signature(payload)) return {};
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString());
    return data && typeof data === 'object' ? data : {};
  } catch {
    return {};
  }
}

/** The cookies of a request's `Cookie` header. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0)
      cookies.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return cookies;
}

function signature(payload: string): string {
  return createHmac('sha256', SECRET).update(payload).digest('base64url');
}

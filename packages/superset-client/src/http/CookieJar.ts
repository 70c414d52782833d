/** One stored cookie (RFC 6265 §5.3, reduced to what one Superset origin sets). */
interface StoredCookie {
  value: string;
  path: string;
  /** Epoch ms after which the cookie is gone; undefined for a session cookie. */
  expiresAt?: number;
}

/**
 * The cookies of ONE Superset instance and login: Flask's `session` cookie and the global-async-queries
 * JWT (`async-token` by default). Superset ties the async channel to the session, so a client that drops
 * either gets a new channel on every request and can never read its own job events.
 *
 * Host-only by design: the jar belongs to one base URL, so `Domain` is not needed to pick cookies, and
 * `Secure`/`HttpOnly`/`SameSite` only matter to browsers. `Max-Age` wins over `Expires` (§5.3 step 3).
 */
export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Applies the `Set-Cookie` headers of one answer; malformed ones are ignored, as browsers do. */
  store(setCookieHeaders: readonly string[]): void {
    for (const header of setCookieHeaders) {
      this.storeOne(header);
    }
  }

  /** The `Cookie` header for a request to `path`, or undefined when no cookie applies. */
  header(path: string): string | undefined {
    const now = this.now();
    const pairs: string[] = [];
    for (const [name, cookie] of this.cookies) {
      if (cookie.expiresAt !== undefined && cookie.expiresAt <= now) {
        this.cookies.delete(name);
      } else if (pathMatches(path, cookie.path)) {
        pairs.push(`${name}=${cookie.value}`);
      }
    }
    return pairs.length > 0 ? pairs.join('; ') : undefined;
  }

  /** The live value of one cookie (expired cookies count as absent). */
  get(name: string): string | undefined {
    const cookie = this.cookies.get(name);
    if (!cookie) return undefined;
    if (cookie.expiresAt !== undefined && cookie.expiresAt <= this.now()) {
      this.cookies.delete(name);
      return undefined;
    }
    return cookie.value;
  }

  delete(name: string): void {
    this.cookies.delete(name);
  }

  clear(): void {
    this.cookies.clear();
  }

  private storeOne(header: string): void {
    const [pair, ...attributes] = header.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (!name) return;
    let path = '/';
    let maxAgeMs: number | undefined;
    let expiresAt: number | undefined;
    for (const attribute of attributes) {
      const [rawKey, ...rest] = attribute.split('=');
      const key = rawKey.trim().toLowerCase();
      const attrValue = rest.join('=').trim();
      if (key === 'path' && attrValue.startsWith('/')) {
        path = attrValue;
      } else if (key === 'max-age' && /^-?\d+$/.test(attrValue)) {
        maxAgeMs = Number(attrValue) * 1000;
      } else if (key === 'expires') {
        const at = Date.parse(attrValue);
        if (!Number.isNaN(at)) expiresAt = at;
      }
    }
    const expiry = maxAgeMs !== undefined ? this.now() + maxAgeMs : expiresAt;
    if (expiry !== undefined && expiry <= this.now()) {
      // A past expiry is how a server deletes a cookie.
      this.cookies.delete(name);
      return;
    }
    this.cookies.set(name, { value, path, expiresAt: expiry });
  }
}

/** RFC 6265 §5.1.4 path-match. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

export interface ApiResponse {
  status: number;
  contentType: string | null;
  text: string;
  body: any;
}

/** One request against a running simulator, with the body parsed when it is JSON. */
export async function api(
  baseUrl: string,
  path: string,
  options: {
    token?: string;
    method?: string;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) {
    headers.Authorization = `Bearer ${options.token}`;
  }
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(`${baseUrl}${path}`, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (truncated bodies, /health)
  }
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    body,
  };
}

export async function login(
  baseUrl: string,
  options: { username?: string; password?: string; refresh?: boolean } = {},
): Promise<{ access: string; refresh?: string }> {
  const response = await api(baseUrl, '/api/v1/security/login', {
    method: 'POST',
    body: {
      username: options.username ?? 'svc_dashboard_validator',
      password: options.password ?? 'simulator',
      provider: 'db',
      refresh: options.refresh ?? false,
    },
  });
  if (response.status !== 200) {
    throw new Error(`login failed: ${response.status} ${response.text}`);
  }
  return {
    access: response.body.access_token,
    refresh: response.body.refresh_token,
  };
}

/** The claims of a JWT, without checking it. */
export function jwtClaims(token: string): Record<string, unknown> {
  return JSON.parse(
    Buffer.from(token.split('.')[1], 'base64url').toString('utf8'),
  );
}

function escapeNonAscii(json: string): string {
  return json.replace(
    /[\u0080-\uffff]/g,
    ch => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Python's `json.dumps(value)` with its defaults (", " and ": " separators, ensure_ascii). Superset
 * stores `params`, `query_context`, `json_metadata` and `position_json` as strings made this way, so
 * clients that compare or re-parse them see the same bytes as from a real server.
 */
export function pyJsonDumps(value: unknown): string {
  if (value === null || value === undefined) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return `[${value.map(pyJsonDumps).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => v !== undefined,
    );
    return `{${entries
      .map(
        ([k, v]) => `${escapeNonAscii(JSON.stringify(k))}: ${pyJsonDumps(v)}`,
      )
      .join(', ')}}`;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : 'NaN';
  }
  return escapeNonAscii(JSON.stringify(value));
}

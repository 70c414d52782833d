import rison from 'rison';

export class BadRisonError extends Error {}

interface RisonParser {
  message: string | null;
  parse(text: string): unknown;
  error(message: string): undefined;
}
type RisonParserClass = new (onError: (message: string) => void) => RisonParser;

/**
 * rison.decode() console.logs every parse error; a parser instance with its own error hook keeps a
 * client's bad `q` out of the simulator's output.
 */
function decodeRison(text: string): unknown {
  const Parser = (rison as unknown as { parser: RisonParserClass }).parser;
  let failed = false;
  const parser = new Parser(() => {
    failed = true;
  });
  parser.error = function quietError(this: RisonParser, message: string) {
    this.message = message;
    return undefined;
  };
  const value = parser.parse(text);
  if (failed) {
    throw new Error('not rison');
  }
  return value;
}

/**
 * FAB's @rison decorator: `q` is rison (or JSON); anything unparsable is
 * 400 "Not a valid rison/json argument". Read from the raw query string because Flask decodes `+` as
 * a space and express's qs parser would turn rison into nested objects.
 */
export function readRisonArgs(rawQuery: string): Record<string, unknown> {
  const q = new URLSearchParams(rawQuery).get('q');
  if (q === null || q === '') {
    return {};
  }
  let value: unknown;
  try {
    value = decodeRison(q);
  } catch {
    try {
      value = JSON.parse(q);
    } catch {
      throw new BadRisonError('Not a valid rison/json argument');
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new BadRisonError('Not a valid rison/json argument');
  }
  return value as Record<string, unknown>;
}

export function rawQueryOf(url: string): string {
  const index = url.indexOf('?');
  return index === -1 ? '' : url.slice(index + 1);
}

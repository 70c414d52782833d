import { InputError } from '@backstage/errors';
import { z } from 'zod';

/**
 * Parses untrusted input with a -common schema; on failure throws an InputError (HTTP 400) whose message
 * names every bad field by its path, e.g. `window.timezone: is not a known IANA time zone`.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what = 'request body',
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new InputError(`Invalid ${what}: ${describeIssues(parsed.error)}`);
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map(issue => {
      const path = issue.path.map(String).join('.') || '(root)';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

import { z } from 'zod';

/** Why a body did not match its schema: the first few problems, each naming the field (`result[0].id`). */
export class SchemaMismatch extends Error {}

/**
 * Validates a response body. Unknown fields are dropped (zod objects strip by default), so newer Superset
 * releases adding fields do not break the client; a missing or mistyped field that the client relies on
 * throws SchemaMismatch with the field's path.
 */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) {
    return result.data;
  }
  const problems = result.error.issues
    .slice(0, 3)
    .map(issue => `${formatPath(issue.path)}: ${issue.message}`);
  const more =
    result.error.issues.length > 3
      ? ` (and ${result.error.issues.length - 3} more)`
      : '';
  throw new SchemaMismatch(`${problems.join('; ')}${more}`);
}

function formatPath(path: PropertyKey[]): string {
  if (path.length === 0) {
    return '(body)';
  }
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') {
        return `[${segment}]`;
      }
      return i === 0 ? String(segment) : `.${String(segment)}`;
    })
    .join('');
}

import { ResponseError } from '@backstage/errors';

/** The editor's fields that can show an error of their own, named by their path in the request body. */
export const POLICY_FIELDS = [
  'name',
  'environment',
  'entityRefs',
  'window.start',
  'window.end',
  'window.timezone',
  'window.days',
  'maxConcurrency',
  'enabled',
  'spacing',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

/** Errors keyed by field; what no field can show goes to `other` (shown in an alert). */
export interface FieldErrors {
  fields: Partial<Record<PolicyField, string>>;
  other: string[];
}

export const NO_ERRORS: FieldErrors = { fields: {}, other: [] };

export function hasErrors(errors: FieldErrors): boolean {
  return errors.other.length > 0 || Object.keys(errors.fields).length > 0;
}

/** The field a path belongs to: itself, or the nearest known parent (`window.days.0` → `window.days`). */
function fieldOf(path: string): PolicyField | undefined {
  return POLICY_FIELDS.find(
    field => path === field || path.startsWith(`${field}.`),
  );
}

/** Sorts `{path, message}` issues (from the server or from the client-side schema) onto the fields. */
export function toFieldErrors(
  issues: ReadonlyArray<{ path: string; message: string }>,
): FieldErrors {
  const errors: FieldErrors = { fields: {}, other: [] };
  for (const { path, message } of issues) {
    const field = fieldOf(path);
    if (!field) {
      errors.other.push(path ? `${path}: ${message}` : message);
      continue;
    }
    const before = errors.fields[field];
    errors.fields[field] = before ? `${before}; ${message}` : message;
  }
  return errors;
}

const PREFIX = /^Invalid [^:]*: /;
// A new issue starts after "; " with "path: "; a "; " inside a message (not followed by a path) stays put.
const ISSUE_SEPARATOR = /; (?=[\w.[\]()-]+: )/;
const ISSUE = /^([\w.[\]()-]+): ([\s\S]*)$/;

/**
 * Parses the backend's 400 message, `Invalid request body: window.timezone: is not …; entityRefs: 2 are …`,
 * into per-field errors. A message in another shape is kept whole in `other`.
 */
export function parseValidationMessage(message: string): FieldErrors {
  if (!PREFIX.test(message)) return { fields: {}, other: [message] };
  const issues = message
    .replace(PREFIX, '')
    .split(ISSUE_SEPARATOR)
    .map(part => {
      const match = ISSUE.exec(part);
      if (!match) return { path: '', message: part };
      // `(root)` is how the backend names an issue of the whole body.
      return { path: match[1] === '(root)' ? '' : match[1], message: match[2] };
    });
  return toFieldErrors(issues);
}

/** Field errors from a failed save: a 400 is parsed, anything else is one message for the alert. */
export function saveErrors(error: Error): FieldErrors {
  if (ResponseError.is(error) && error.statusCode === 400) {
    return parseValidationMessage(error.cause.message);
  }
  const message =
    ResponseError.is(error) && error.cause.message
      ? error.cause.message
      : error.message;
  return { fields: {}, other: [message] };
}

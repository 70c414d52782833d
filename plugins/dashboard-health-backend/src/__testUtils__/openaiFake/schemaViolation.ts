import { resolveRef, typesOf } from './resolveRef';
import type { JsonSchema } from './types';

function typeMatches(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return (
        typeof value === 'object' && value !== null && !Array.isArray(value)
      );
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    default:
      return true;
  }
}

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Where `value` breaks `schema`, or undefined when it satisfies it. Covers the keywords strict
 * structured outputs use, so the fake can refuse a scripted "valid" answer that a real server in
 * strict mode could never have produced: such a test would be testing nothing.
 */
export function schemaViolation(
  value: unknown,
  schema: JsonSchema,
  root: JsonSchema = schema,
  path = '$',
): string | undefined {
  const s = resolveRef(schema, root);
  const variants = s.anyOf ?? s.oneOf;
  if (variants && variants.every(v => schemaViolation(value, v, root, path))) {
    return `${path}: matches none of the allowed shapes`;
  }
  if (s.const !== undefined && !same(value, s.const)) {
    return `${path}: must be ${JSON.stringify(s.const)}`;
  }
  if (s.enum && !s.enum.some(e => same(value, e))) {
    return `${path}: must be one of ${JSON.stringify(s.enum)}`;
  }
  const types = typesOf(s);
  if (types.length > 0 && !types.some(t => typeMatches(value, t))) {
    return `${path}: expected ${types.join(' or ')}`;
  }
  if (typeof value === 'string') {
    if (s.minLength !== undefined && value.length < s.minLength) {
      return `${path}: shorter than ${s.minLength}`;
    }
    if (s.maxLength !== undefined && value.length > s.maxLength) {
      return `${path}: longer than ${s.maxLength}`;
    }
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) {
      return `${path}: below ${s.minimum}`;
    }
    if (s.maximum !== undefined && value > s.maximum) {
      return `${path}: above ${s.maximum}`;
    }
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) {
      return `${path}: fewer than ${s.minItems} items`;
    }
    if (s.maxItems !== undefined && value.length > s.maxItems) {
      return `${path}: more than ${s.maxItems} items`;
    }
    for (let i = 0; i < value.length; i++) {
      const problem =
        s.items && schemaViolation(value[i], s.items, root, `${path}[${i}]`);
      if (problem) {
        return problem;
      }
    }
  }
  if (typeMatches(value, 'object')) {
    const record = value as Record<string, unknown>;
    const missing = (s.required ?? []).find(key => !(key in record));
    if (missing) {
      return `${path}.${missing}: required`;
    }
    for (const [key, item] of Object.entries(record)) {
      const property = s.properties?.[key];
      if (property) {
        const problem = schemaViolation(item, property, root, `${path}.${key}`);
        if (problem) {
          return problem;
        }
      } else if (s.additionalProperties === false) {
        return `${path}.${key}: not allowed`;
      }
    }
  }
  return undefined;
}

import { resolveRef, typesOf } from './resolveRef';
import type { JsonSchema } from './types';

const EXAMPLE_DATE = '2026-01-01T00:00:00Z';

function exampleString(schema: JsonSchema, label: string): string {
  if (schema.format === 'date-time') {
    return EXAMPLE_DATE;
  }
  let text = `example ${label}`;
  if (schema.minLength !== undefined && text.length < schema.minLength) {
    text = text.padEnd(schema.minLength, '.');
  }
  return schema.maxLength === undefined
    ? text
    : text.slice(0, schema.maxLength);
}

function exampleNumber(schema: JsonSchema): number {
  const low = schema.minimum ?? -Infinity;
  const high = schema.maximum ?? Infinity;
  return Math.min(Math.max(1, low), high);
}

/**
 * A value satisfying `schema`, for answers nobody scripted. Every property is filled and arrays get
 * one element (or their minimum), so a generated answer exercises the mapping of nested objects
 * instead of being trivially empty; nullable values take their non-null form for the same reason.
 */
export function exampleFromSchema(
  schema: JsonSchema,
  root: JsonSchema = schema,
  label = 'text',
): unknown {
  const resolved = resolveRef(schema, root);
  if (resolved.const !== undefined) {
    return resolved.const;
  }
  if (resolved.enum && resolved.enum.length > 0) {
    return resolved.enum[0];
  }
  const variants = resolved.anyOf ?? resolved.oneOf;
  if (variants && variants.length > 0) {
    const nonNull = variants.find(
      v => !typesOf(resolveRef(v, root)).includes('null'),
    );
    return exampleFromSchema(nonNull ?? variants[0], root, label);
  }
  switch (typesOf(resolved)[0]) {
    case 'object':
      return Object.fromEntries(
        Object.entries(resolved.properties ?? {}).map(([key, property]) => [
          key,
          exampleFromSchema(property, root, key),
        ]),
      );
    case 'array': {
      const count = Math.max(resolved.minItems ?? 1, 1);
      const limited = Math.min(count, resolved.maxItems ?? count);
      return Array.from({ length: limited }, () =>
        exampleFromSchema(resolved.items ?? {}, root, label),
      );
    }
    case 'string':
      return exampleString(resolved, label);
    case 'integer':
      return Math.ceil(exampleNumber(resolved));
    case 'number':
      return exampleNumber(resolved);
    case 'boolean':
      return true;
    default:
      return null;
  }
}

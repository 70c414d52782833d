import type { JsonSchema } from './types';

/** Follows a local `$ref` (`#`, `#/definitions/x`, `#/$defs/x`); strict schemas use no other kind. */
export function resolveRef(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (!schema.$ref) {
    return schema;
  }
  if (schema.$ref === '#') {
    return root;
  }
  const match = /^#\/(definitions|\$defs)\/(.+)$/.exec(schema.$ref);
  const name = match ? decodeURIComponent(match[2]) : undefined;
  const target =
    match && name !== undefined
      ? (match[1] === 'definitions' ? root.definitions : root.$defs)?.[name]
      : undefined;
  if (!target) {
    throw new Error(`openai-fake: cannot resolve $ref '${schema.$ref}'`);
  }
  return target;
}

/** The schema's types, with `null` last so that examples prefer a real value. */
export function typesOf(schema: JsonSchema): string[] {
  const types = ([] as string[]).concat(schema.type ?? []);
  return [
    ...types.filter(t => t !== 'null'),
    ...types.filter(t => t === 'null'),
  ];
}

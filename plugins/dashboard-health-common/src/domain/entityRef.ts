import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';

/**
 * A full entity ref (`kind:namespace/name`), normalised to lower case the way the catalog compares refs,
 * so that duplicates and lookups agree with it.
 *
 * @public
 */
export const entityRefSchema = z
  .string()
  .trim()
  .min(1, 'must be an entity ref such as resource:default/sales-overview')
  .transform((value, ctx) => {
    try {
      const ref = parseEntityRef(value);
      if (!/^[a-z0-9:_.-]+$/i.test(ref.kind)) throw new Error('bad kind');
      return stringifyEntityRef(ref).toLocaleLowerCase('en-US');
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `'${value}' is not an entity ref (expected kind:namespace/name, e.g. resource:default/sales-overview)`,
      });
      return z.NEVER;
    }
  });

/**
 * The most dashboards one policy may name; plans and previews are bounded by it.
 *
 * @public
 */
export const MAX_ENTITY_REFS = 10_000;

/**
 * A non-empty, duplicate-free list of entity refs, at most {@link MAX_ENTITY_REFS}.
 *
 * @public
 */
export const entityRefListSchema = z
  .array(entityRefSchema)
  .min(1, 'must list at least one dashboard')
  .max(MAX_ENTITY_REFS, `must list at most ${MAX_ENTITY_REFS} dashboards`)
  .superRefine((refs, ctx) => {
    const seen = new Set<string>();
    const duplicates = new Set<string>();
    for (const ref of refs) {
      if (seen.has(ref)) duplicates.add(ref);
      seen.add(ref);
    }
    if (duplicates.size > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `must not list a dashboard twice: ${[...duplicates].join(
          ', ',
        )}`,
      });
    }
  });

import { z } from 'zod';

/**
 * Building blocks shared by the resource schemas. Superset sends `null` for unset optional values, and
 * releases differ in which fields they send at all, so everything the client can live without is
 * `nullish`.
 */

/** A user embedded in a payload: `{id, first_name, last_name}`. */
export const userRefSchema = z.object({
  id: z.number(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
});
export type RawUserRef = z.output<typeof userRefSchema>;

/** `changed_by` / `created_by`: some routes leave out the id. */
export const looseUserSchema = z.object({
  id: z.number().nullish(),
  first_name: z.string().nullish(),
  last_name: z.string().nullish(),
});

export const tagSchema = z.object({
  id: z.number(),
  name: z.string().nullish(),
  type: z.union([z.number(), z.string()]).nullish(),
});
export type RawTag = z.output<typeof tagSchema>;

/**
 * Ownership in either shape: `owners` (up to 6.0) or `editors` + `viewers` (after 6.0). Both are accepted
 * on every payload; the mappers fold them into owners and viewers.
 */
export const ownershipShape = {
  owners: z.array(userRefSchema).nullish(),
  editors: z.array(userRefSchema).nullish(),
  viewers: z.array(userRefSchema).nullish(),
};

/** The `{count, result: [...]}` envelope of list routes (metadata keys, when sent, are ignored). */
export function listEnvelope<T extends z.ZodType>(row: T) {
  return z.object({ count: z.number(), result: z.array(row) });
}

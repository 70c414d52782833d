import { z } from 'zod';
import { validationPolicySchema } from './policy';

/**
 * A policy as one caller sees it (`GET /policies`, `GET /policies/{id}` and write answers): `entityRefs`
 * lists only the dashboards the caller may see in the catalog; the others are counted, not named.
 *
 * @public
 */
export const validationPolicyViewSchema = validationPolicySchema.extend({
  /** Explicit refs left out of `entityRefs`: hidden from the caller in the catalog, or gone from it. */
  hiddenDashboardCount: z.number().int().min(0),
});
/**
 * A policy as one caller sees it; see {@link validationPolicyViewSchema}.
 *
 * @public
 */
export type ValidationPolicyView = z.infer<typeof validationPolicyViewSchema>;

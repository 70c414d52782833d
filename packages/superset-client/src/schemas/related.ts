import { z } from 'zod';

/** `GET /api/v1/dashboard/related/owners`: `{count, result: [{value, text, extra}]}`. */
export const relatedUsersSchema = z.object({
  count: z.number(),
  result: z.array(
    z.object({
      value: z.number(),
      text: z.string().nullish(),
      extra: z
        .object({
          email: z.string().nullish(),
          active: z.boolean().nullish(),
        })
        .nullish(),
    }),
  ),
});
export type RawRelatedUser = z.output<
  typeof relatedUsersSchema
>['result'][number];

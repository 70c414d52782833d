import { z } from 'zod';

const UNIT_MS = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
} as const;

/**
 * A staleness limit such as `90m`, `36h`, `2d` or `1w`.
 *
 * @public
 */
export const stalenessSchema = z
  .string()
  .trim()
  .regex(
    /^[1-9]\d{0,4}[mhdw]$/,
    'must be a duration such as 90m, 36h, 2d or 1w',
  );

/**
 * How old a chart's latest data may be when neither the policy nor the entity says otherwise.
 *
 * @public
 */
export const DEFAULT_MAX_STALENESS = '2d';

/**
 * Milliseconds of a staleness limit; undefined when it is not one.
 *
 * @public
 */
export function parseStaleness(value: string | undefined): number | undefined {
  const parsed = stalenessSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const amount = Number(parsed.data.slice(0, -1));
  return amount * UNIT_MS[parsed.data.slice(-1) as keyof typeof UNIT_MS];
}

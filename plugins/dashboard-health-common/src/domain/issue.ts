import { z } from 'zod';

/**
 * How much an issue matters, most severe first.
 *
 * @public
 */
export const SEVERITIES = ['critical', 'warning', 'info'] as const;
/**
 * Validates a {@link Severity}.
 *
 * @public
 */
export const severitySchema = z.enum(SEVERITIES);
/**
 * How much an issue matters: `critical`, `warning` or `info`.
 *
 * @public
 */
export type Severity = z.infer<typeof severitySchema>;

/**
 * Who found an issue: a deterministic check or the LLM review.
 *
 * @public
 */
export const issueSourceSchema = z.enum(['check', 'llm']);

/**
 * One finding on a dashboard, in words its owner can act on.
 *
 * @public
 */
export const issueSchema = z.object({
  severity: severitySchema,
  /** Stable machine-readable code, e.g. `chart-query-error`, `stale-data`. */
  code: z.string().min(1),
  source: issueSourceSchema,
  chartId: z.number().int().optional(),
  chartName: z.string().optional(),
  /** Link to the chart in Superset's Explore view. */
  chartUrl: z.string().optional(),
  message: z.string().min(1),
  suggestion: z.string().optional(),
});
/**
 * One finding on a dashboard, in words its owner can act on.
 *
 * @public
 */
export type Issue = z.infer<typeof issueSchema>;

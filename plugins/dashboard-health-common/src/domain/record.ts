import { z } from 'zod';
import { issueSchema } from './issue';

/**
 * The statuses a validation record can have, best first.
 *
 * @public
 */
export const RECORD_STATUSES = ['pass', 'warn', 'fail', 'error'] as const;
/**
 * Validates a {@link RecordStatus}.
 *
 * @public
 */
export const recordStatusSchema = z.enum(RECORD_STATUSES);
/**
 * A validation record's status: `pass`, `warn`, `fail`, or `error` when the dashboard could not be checked.
 *
 * @public
 */
export type RecordStatus = z.infer<typeof recordStatusSchema>;

/**
 * Orders statuses from best to worst, so merges can only keep the worse one.
 *
 * @public
 */
export const RECORD_STATUS_RANK: Record<RecordStatus, number> = {
  pass: 0,
  warn: 1,
  fail: 2,
  error: 3,
};

/**
 * The worse of two statuses, by {@link RECORD_STATUS_RANK}.
 *
 * @public
 */
export function worseStatus(a: RecordStatus, b: RecordStatus): RecordStatus {
  return RECORD_STATUS_RANK[a] >= RECORD_STATUS_RANK[b] ? a : b;
}

/**
 * Counts gathered from Superset, enough to explain a status without the raw facts.
 *
 * @public
 */
export const factsDigestSchema = z.object({
  chartCount: z.number().int().nonnegative(),
  failedCharts: z.number().int().nonnegative(),
  emptyCharts: z.number().int().nonnegative(),
  staleCharts: z.number().int().nonnegative(),
});
/**
 * Counts gathered from Superset, enough to explain a status without the raw facts.
 *
 * @public
 */
export type FactsDigest = z.infer<typeof factsDigestSchema>;

/**
 * What the LLM review used, or why it did not run.
 *
 * @public
 */
export const llmUsageSchema = z.object({
  model: z.string().optional(),
  promptTokens: z.number().int().nonnegative().optional(),
  completionTokens: z.number().int().nonnegative().optional(),
  totalTokens: z.number().int().nonnegative().optional(),
  /** Why no review was asked for: no API key, the policy's daily token budget is spent. */
  skippedReason: z.string().optional(),
  /** Why a review that was asked for gave nothing usable: timeout, refusal, schema violation, … */
  failedReason: z.string().optional(),
});
/**
 * What the LLM review used, or why it did not run.
 *
 * @public
 */
export type LlmUsage = z.infer<typeof llmUsageSchema>;

/**
 * The outcome of validating one dashboard once.
 *
 * @public
 */
export const validationRecordSchema = z.object({
  id: z.string(),
  entityRef: z.string(),
  environment: z.string(),
  policyId: z.string().nullable(),
  runId: z.string().nullable(),
  status: recordStatusSchema,
  /** The deterministic checks' summary; the LLM never rewrites it. */
  summary: z.string(),
  /** The LLM review's own summary, shown apart from the checks' ("LLM review: …"); absent without a review. */
  llmSummary: z.string().optional(),
  issues: z.array(issueSchema),
  facts: factsDigestSchema,
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  durationMs: z.number().int().nonnegative(),
  llm: llmUsageSchema,
});
/**
 * The outcome of validating one dashboard once.
 *
 * @public
 */
export type ValidationRecord = z.infer<typeof validationRecordSchema>;

import { z } from 'zod';
import { issueSchema } from './issue';

export const RECORD_STATUSES = ['pass', 'warn', 'fail', 'error'] as const;
export const recordStatusSchema = z.enum(RECORD_STATUSES);
export type RecordStatus = z.infer<typeof recordStatusSchema>;

/** Orders statuses from best to worst, so merges can only keep the worse one. */
export const RECORD_STATUS_RANK: Record<RecordStatus, number> = {
  pass: 0,
  warn: 1,
  fail: 2,
  error: 3,
};

export function worseStatus(a: RecordStatus, b: RecordStatus): RecordStatus {
  return RECORD_STATUS_RANK[a] >= RECORD_STATUS_RANK[b] ? a : b;
}

/** Counts gathered from Superset, enough to explain a status without the raw facts. */
export const factsDigestSchema = z.object({
  chartCount: z.number().int().nonnegative(),
  failedCharts: z.number().int().nonnegative(),
  emptyCharts: z.number().int().nonnegative(),
  staleCharts: z.number().int().nonnegative(),
});
export type FactsDigest = z.infer<typeof factsDigestSchema>;

/** What the LLM review used, or why it did not run. */
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
export type LlmUsage = z.infer<typeof llmUsageSchema>;

/** The outcome of validating one dashboard once. */
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
export type ValidationRecord = z.infer<typeof validationRecordSchema>;

import {
  Issue,
  RecordStatus,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardFacts } from '../facts/types';

/** Token usage of one review, as the OpenAI-compatible server reports it. */
export interface LlmTokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

/** What the LLM made of the facts. Its issues carry `source: 'llm'`. */
export interface LlmReview {
  summary: string;
  suggestedStatus: RecordStatus;
  issues: Issue[];
  model: string;
  usage?: LlmTokenUsage;
}

/**
 * A review, or why there is none. Every fault (timeout, 429/5xx after retries, refusal, length cut-off,
 * output that fails the schema) is a `failed` result with a reason, never a throw, so the deterministic
 * result always stands.
 */
export type LlmReviewResult =
  | { ok: true; review: LlmReview }
  | { ok: false; reason: string; model?: string; usage?: LlmTokenUsage };

export interface LlmReviewer {
  /** The model reviews are made with, for the record. */
  readonly model: string;
  review(request: {
    facts: DashboardFacts;
    /** What the deterministic checks found; the LLM may add to it but cannot remove it. */
    checkIssues: Issue[];
    signal?: AbortSignal;
  }): Promise<LlmReviewResult>;
}

import { LoggerService } from '@backstage/backend-plugin-api';
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { countingFetch } from './countingFetch';
import { describeRequestError } from './describeRequestError';
import {
  interpretCompletion,
  ReviewRequestParams,
} from './interpretCompletion';
import { LlmReviewer, LlmReviewResult, LlmTokenUsage } from './LlmReviewer';
import { buildReviewMessages } from './reviewPrompt';
import { REVIEW_SCHEMA_NAME, reviewOutputSchema } from './reviewSchema';
import { sdkLogger } from './sdkLogger';
import { tokenUsage } from './tokenUsage';
import { toLlmReview } from './toLlmReview';

export interface OpenAiReviewerOptions {
  /**
   * Base URL of an OpenAI-compatible API, ending in `/v1` (Ollama: `http://localhost:11434/v1`, vLLM:
   * `http://host:8000/v1`). Absent: OpenAI itself (or `OPENAI_BASE_URL`, which the SDK reads).
   */
  baseUrl?: string;
  apiKey: string;
  model: string;
  /** Limit for one HTTP attempt; with retries a review can take up to `(maxRetries + 1)` times this. */
  timeoutMs: number;
  /** Retries after the first attempt, for 408/409/429/5xx, timeouts and connection errors. */
  maxRetries: number;
  logger?: LoggerService;
}

type ReviewRequest = Parameters<LlmReviewer['review']>[0];

const unexpected = (error: unknown) =>
  `unexpected error: ${(error as Error)?.message ?? String(error)}`;

/** Keys this short (`ollama`, `none`) are placeholders; redacting them would garble reasons. */
const MIN_REDACTED_KEY_LENGTH = 8;

/**
 * Reviews a dashboard's facts with a model behind the OpenAI chat completions API, using strict
 * structured outputs. Every fault becomes `{ ok: false, reason }`; `reason` is a short phrase such as
 * `timed out after 30s` that the caller shows as `LLM review failed: <reason>`.
 */
export class OpenAiReviewer implements LlmReviewer {
  readonly model: string;
  private readonly responseFormat = zodResponseFormat(
    reviewOutputSchema,
    REVIEW_SCHEMA_NAME,
  );

  constructor(private readonly options: OpenAiReviewerOptions) {
    this.model = options.model;
  }

  async review(request: ReviewRequest): Promise<LlmReviewResult> {
    try {
      return await this.reviewOnce(request);
    } catch (error) {
      // Never throw (not even for facts that will not serialise): the deterministic result must stand.
      return this.failed(unexpected(error), this.model);
    }
  }

  private async reviewOnce(request: ReviewRequest): Promise<LlmReviewResult> {
    let attempts = 0;
    const client = this.createClient(() => {
      attempts += 1;
    });
    const params: ReviewRequestParams = {
      model: this.model,
      messages: buildReviewMessages(request),
      response_format: this.responseFormat,
    };

    let completion: ChatCompletion;
    try {
      completion = await client.chat.completions.create(params, {
        signal: request.signal,
      });
    } catch (error) {
      const reason = describeRequestError(error, {
        timeoutMs: this.options.timeoutMs,
        attempts,
      });
      return this.failed(reason, this.model);
    }

    // The server names the exact snapshot it used (e.g. a dated version); that is what the record wants.
    const model = completion.model || this.model;
    const usage = tokenUsage(completion);
    try {
      const outcome = interpretCompletion(completion);
      if (!outcome.ok) {
        return this.failed(outcome.reason, model, usage);
      }
      return {
        ok: true,
        review: toLlmReview(outcome.output, request.facts, model, usage),
      };
    } catch (error) {
      return this.failed(unexpected(error), model, usage); // keeps the usage the answer cost
    }
  }

  /**
   * One client per review, so the attempt counter belongs to this review alone even when reviews run
   * concurrently; building a client is cheap next to the request it makes.
   */
  private createClient(onAttempt: () => void): OpenAI {
    const { logger } = this.options;
    return new OpenAI({
      apiKey: this.options.apiKey,
      baseURL: this.options.baseUrl,
      timeout: this.options.timeoutMs,
      maxRetries: this.options.maxRetries,
      fetch: countingFetch(onAttempt),
      // Without a plugin logger the SDK would write to the console; a backend should stay silent instead.
      ...(logger
        ? { logger: sdkLogger(logger), logLevel: 'warn' as const }
        : { logLevel: 'off' as const }),
    });
  }

  private failed(
    reason: string,
    model: string,
    usage?: LlmTokenUsage,
  ): LlmReviewResult {
    const safeReason = this.redact(reason);
    this.options.logger?.warn(`LLM review failed: ${safeReason}`, { model });
    return {
      ok: false,
      reason: safeReason,
      model,
      ...(usage ? { usage } : {}),
    };
  }

  /** Some servers echo the key in error messages; it must not end up in a record. */
  private redact(text: string): string {
    const key = this.options.apiKey;
    return key.length >= MIN_REDACTED_KEY_LENGTH
      ? text.split(key).join('[redacted]')
      : text;
  }
}

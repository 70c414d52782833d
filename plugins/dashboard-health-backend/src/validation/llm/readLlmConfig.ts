import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';
import { OpenAiReviewerOptions } from './OpenAiReviewer';

/** Defaults for what `dashboardHealth.llm` leaves out. */
export const LLM_CONFIG_DEFAULTS = {
  model: 'gpt-4o-mini',
  timeout: { seconds: 60 } as HumanDuration,
  maxRetries: 2,
};

/** The reviewer's options from config, without the logger (a service, not config). */
export type LlmConfig = Omit<OpenAiReviewerOptions, 'logger'>;

/**
 * Reads `dashboardHealth.llm`. Without an `apiKey` there is no review and this returns `undefined`:
 * validations then run the deterministic checks only, which is the out-of-the-box behaviour. Servers
 * that ignore keys (Ollama) still need a placeholder such as `ollama`, so that enabling the review is
 * always a deliberate act.
 *
 * `timeout` is a duration in Backstage's forms (`{ seconds: 30 }`, `'30s'`, `'PT30S'`) like every
 * other duration under `dashboardHealth`, and applies to each HTTP attempt.
 */
export function readLlmConfig(root: Config): LlmConfig | undefined {
  const config = root.getOptionalConfig('dashboardHealth.llm');
  const apiKey = config?.getOptionalString('apiKey')?.trim();
  if (!config || !apiKey) {
    return undefined;
  }

  const baseUrl = config.getOptionalString('baseUrl')?.trim() || undefined;
  if (baseUrl !== undefined && !/^https?:\/\/[^/]/i.test(baseUrl)) {
    throw new Error(
      `dashboardHealth.llm.baseUrl must be an http(s) URL, got '${baseUrl}'`,
    );
  }

  const timeoutMs = durationToMilliseconds(
    config.has('timeout')
      ? readDurationFromConfig(config, { key: 'timeout' })
      : LLM_CONFIG_DEFAULTS.timeout,
  );
  if (!(timeoutMs > 0)) {
    throw new Error('dashboardHealth.llm.timeout must be a positive duration');
  }

  const maxRetries =
    config.getOptionalNumber('maxRetries') ?? LLM_CONFIG_DEFAULTS.maxRetries;
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new Error(
      'dashboardHealth.llm.maxRetries must be a whole number of at least 0',
    );
  }

  return {
    apiKey,
    model:
      config.getOptionalString('model')?.trim() || LLM_CONFIG_DEFAULTS.model,
    timeoutMs,
    maxRetries,
    ...(baseUrl ? { baseUrl } : {}),
  };
}

import type { ChatCompletion } from 'openai/resources/chat/completions';
import { LlmTokenUsage } from './LlmReviewer';

/**
 * The server's token count, in our names. Absent when the server reported none (some
 * OpenAI-compatible servers omit `usage`), rather than zeros that would read as "free".
 */
export function tokenUsage(
  completion: ChatCompletion,
): LlmTokenUsage | undefined {
  const usage = completion.usage;
  if (!usage) {
    return undefined;
  }
  return {
    promptTokens: usage.prompt_tokens,
    completionTokens: usage.completion_tokens,
    totalTokens:
      usage.total_tokens ?? usage.prompt_tokens + usage.completion_tokens,
  };
}

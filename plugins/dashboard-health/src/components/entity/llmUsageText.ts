import { LlmUsage } from '@dashboard-health/plugin-dashboard-health-common';

const count = (n: number) => n.toLocaleString('en-US');

/**
 * What the LLM review of a check used, or why there was none. Tokens cost money, so owners and
 * admins want to see them per check.
 */
export function llmUsageText(llm: LlmUsage): string {
  if (llm.skippedReason) return `LLM review skipped: ${llm.skippedReason}`;
  if (llm.failedReason) {
    const model = llm.model ? ` (${llm.model})` : '';
    return `LLM review failed${model}: ${llm.failedReason}`;
  }
  if (!llm.model) return 'No LLM review';
  const parts =
    llm.promptTokens !== undefined && llm.completionTokens !== undefined
      ? ` (${count(llm.promptTokens)} prompt + ${count(
          llm.completionTokens,
        )} completion)`
      : '';
  const total =
    llm.totalTokens ?? (llm.promptTokens ?? 0) + (llm.completionTokens ?? 0);
  return `LLM review by ${llm.model}: ${count(total)} tokens${parts}`;
}

import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
} from 'openai/resources/chat/completions';
import { ZodError } from 'zod';
import { ReviewOutput, reviewOutputSchema } from './reviewSchema';

const MAX_DETAIL_CHARS = 200;

/** A request whose `response_format` came from `zodResponseFormat(reviewOutputSchema, …)`. */
export type ReviewRequestParams = ChatCompletionCreateParamsNonStreaming;

function clip(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= MAX_DETAIL_CHARS
    ? oneLine
    : `${oneLine.slice(0, MAX_DETAIL_CHARS - 1)}…`;
}

function describeSchemaMismatch(error: ZodError): string {
  const first = error.issues[0];
  if (!first) {
    return 'answer does not match the schema';
  }
  const path = first.path.length > 0 ? first.path.join('.') : '(root)';
  const more =
    error.issues.length > 1 ? `, and ${error.issues.length - 1} more` : '';
  return `answer does not match the schema (${path}: ${clip(
    first.message,
  )}${more})`;
}

/**
 * What a completed request means for the review: the parsed answer, or why there is none.
 *
 * Parsed here, with the schema the request's `response_format` was made from, rather than by
 * `chat.completions.parse()`: that throws its completion away on a cut-off or an invalid answer, and with
 * it the token usage the record must show for those failures too.
 */
export function interpretCompletion(
  completion: ChatCompletion,
): { ok: true; output: ReviewOutput } | { ok: false; reason: string } {
  const message = completion.choices[0]?.message;
  if (!message) {
    return { ok: false, reason: 'the server returned no answer' };
  }
  // A refusal comes with no content, so it is reported before parsing would see "nothing".
  if (message.refusal) {
    return { ok: false, reason: `refused: ${clip(message.refusal)}` };
  }
  const finishReason = completion.choices[0]?.finish_reason;
  if (finishReason === 'length') {
    return {
      ok: false,
      reason: 'answer cut off at the token limit (finish_reason length)',
    };
  }
  if (finishReason === 'content_filter') {
    return { ok: false, reason: 'answer blocked by the content filter' };
  }
  if (!message.content) {
    return { ok: false, reason: 'the answer was empty' };
  }
  let answer: unknown;
  try {
    answer = JSON.parse(message.content);
  } catch {
    return { ok: false, reason: 'answer is not valid JSON' };
  }
  try {
    return { ok: true, output: reviewOutputSchema.parse(answer) };
  } catch (error) {
    if (error instanceof ZodError) {
      return { ok: false, reason: describeSchemaMismatch(error) };
    }
    throw error;
  }
}

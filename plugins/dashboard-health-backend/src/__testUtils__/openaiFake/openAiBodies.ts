import { randomBytes } from 'node:crypto';
import type { ChatRequestBody } from './types';

export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details: { cached_tokens: number; audio_tokens: number };
  completion_tokens_details: {
    reasoning_tokens: number;
    audio_tokens: number;
    accepted_prediction_tokens: number;
    rejected_prediction_tokens: number;
  };
}

/** Roughly four characters per token, like OpenAI's own rule of thumb for English text. */
const tokensIn = (text: string) => Math.ceil(text.length / 4);

/**
 * Token counts in proportion to what was sent and answered, so tests can tell a big prompt from a
 * small one; plus a few tokens of per-message overhead, as real servers count.
 */
export function fakeUsage(body: ChatRequestBody, answer: string): FakeUsage {
  const messages = body.messages ?? [];
  const promptText = messages
    .map(m =>
      typeof m.content === 'string' ? m.content : JSON.stringify(m.content),
    )
    .join('');
  const schemaText = JSON.stringify(body.response_format ?? '');
  const prompt =
    tokensIn(promptText) + tokensIn(schemaText) + 4 * messages.length + 3;
  const completion = tokensIn(answer);
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

/** A `chat.completion` object as OpenAI returns it, with one choice. */
export function chatCompletion(options: {
  body: ChatRequestBody;
  content: string | null;
  refusal?: string;
  finishReason: 'stop' | 'length';
}) {
  const { body, content, refusal, finishReason } = options;
  return {
    id: `chatcmpl-${randomBytes(12).toString('base64url')}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model ?? 'fake-model',
    system_fingerprint: 'fp_openai_fake',
    service_tier: 'default',
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content,
          refusal: refusal ?? null,
          annotations: [],
        },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage: fakeUsage(body, content ?? refusal ?? ''),
  };
}

/** OpenAI's error envelope (`{ error: { message, type, param, code } }`), which the SDK unwraps. */
export function errorBody(
  message: string,
  type: string,
  code: string | null = null,
) {
  return { error: { message, type, param: null, code } };
}

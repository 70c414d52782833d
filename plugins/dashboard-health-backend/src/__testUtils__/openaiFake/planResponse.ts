import { chatCompletion, errorBody } from './openAiBodies';
import { exampleFromSchema } from './exampleFromSchema';
import { schemaViolation } from './schemaViolation';
import type { ChatRequestBody, FakeBehaviour, JsonSchema } from './types';

/** What the server will send for one request; `delayMs` only for `slow`. */
export interface PlannedResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  delayMs?: number;
}

const DEFAULT_SLOW_MS = 30_000;
const DEFAULT_REFUSAL = "I'm sorry, but I can't help with that request.";
/** Has every field missing and an unknown one: fails any schema with required properties. */
const OFF_SCHEMA_ANSWER = { verdict: 'looks fine to me', confidence: 'high' };

function requestedSchema(body: ChatRequestBody): JsonSchema | undefined {
  const format = body.response_format;
  return format?.type === 'json_schema'
    ? format.json_schema?.schema
    : undefined;
}

/** The answer a correct model would give: scripted, generated from the schema, or plain text. */
function validAnswer(
  behaviour: FakeBehaviour,
  body: ChatRequestBody,
): { content: string } | { misuse: string } {
  const schema = requestedSchema(body);
  const scripted = behaviour.kind === 'valid' ? behaviour.answer : undefined;
  const answer = typeof scripted === 'function' ? scripted(body) : scripted;
  if (answer === undefined) {
    return {
      content: schema
        ? JSON.stringify(exampleFromSchema(schema))
        : 'This is a fake answer.',
    };
  }
  const problem = schema ? schemaViolation(answer, schema) : undefined;
  return problem
    ? {
        misuse: `scripted answer does not satisfy the requested schema (${problem})`,
      }
    : { content: JSON.stringify(answer) };
}

const json = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) => ({
  status,
  headers,
  body,
});

/** Decides the response to a well-formed chat completions request under one behaviour. */
export function planResponse(
  behaviour: FakeBehaviour,
  body: ChatRequestBody,
): PlannedResponse {
  switch (behaviour.kind) {
    case 'rate-limited':
      return json(
        429,
        errorBody(
          `Rate limit reached for ${
            body.model ?? 'the model'
          } on requests per min (RPM): Limit 3, Used 3, Requested 1.`,
          'requests',
          'rate_limit_exceeded',
        ),
        {
          'retry-after': String(behaviour.retryAfterSeconds ?? 0),
          'x-ratelimit-limit-requests': '3',
          'x-ratelimit-remaining-requests': '0',
        },
      );
    case 'server-error':
      return json(
        behaviour.status ?? 500,
        errorBody(
          behaviour.message ??
            'The server had an error while processing your request. Sorry about that!',
          'server_error',
        ),
      );
    case 'invalid-json':
      return json(
        200,
        chatCompletion({
          body,
          content:
            'Sure! The dashboard looks healthy overall, nothing to report.',
          finishReason: 'stop',
        }),
      );
    case 'schema-violation':
      return json(
        200,
        chatCompletion({
          body,
          content: JSON.stringify(OFF_SCHEMA_ANSWER),
          finishReason: 'stop',
        }),
      );
    case 'refusal':
      return json(
        200,
        chatCompletion({
          body,
          content: null,
          refusal: behaviour.refusal ?? DEFAULT_REFUSAL,
          finishReason: 'stop',
        }),
      );
    default:
  }

  const answer = validAnswer(behaviour, body);
  if ('misuse' in answer) {
    // A broken test setup must fail loudly: 400 is not retried, and its message names the problem.
    return json(400, errorBody(`openai-fake: ${answer.misuse}`, 'fake_misuse'));
  }
  if (behaviour.kind === 'length') {
    const cut = answer.content.slice(
      0,
      Math.max(1, Math.floor(answer.content.length / 2)),
    );
    return json(
      200,
      chatCompletion({ body, content: cut, finishReason: 'length' }),
    );
  }
  const planned = json(
    200,
    chatCompletion({ body, content: answer.content, finishReason: 'stop' }),
  );
  return behaviour.kind === 'slow'
    ? { ...planned, delayMs: behaviour.delayMs ?? DEFAULT_SLOW_MS }
    : planned;
}

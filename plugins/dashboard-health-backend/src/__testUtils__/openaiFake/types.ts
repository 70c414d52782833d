import type { IncomingHttpHeaders } from 'node:http';

/** The JSON Schema subset strict structured outputs use, as far as the fake reads it. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  definitions?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  format?: string;
}

/** A chat completions request body as the fake reads it; everything else is kept as sent. */
export interface ChatRequestBody {
  model?: string;
  messages?: Array<{ role: string; content: unknown }>;
  response_format?: {
    type: string;
    json_schema?: { name?: string; strict?: boolean; schema?: JsonSchema };
  };
  [key: string]: unknown;
}

/** How the fake answers one request. */
export type FakeBehaviour =
  /** 200 with an answer that satisfies the requested schema: `answer` if given, else a generated one. */
  | {
      kind: 'valid';
      answer?: object | ((body: ChatRequestBody) => object);
    }
  /** 429 with `retry-after` (seconds, default 0 so retries are immediate) and an OpenAI error body. */
  | { kind: 'rate-limited'; retryAfterSeconds?: number }
  /** A 5xx (default 500) with an OpenAI error body, saying `message` if given. */
  | { kind: 'server-error'; status?: number; message?: string }
  /** 200 whose message content is prose, not JSON. */
  | { kind: 'invalid-json' }
  /** 200 with JSON that does not match the requested schema. */
  | { kind: 'schema-violation' }
  /** 200 with `message.refusal` set and `content` null. */
  | { kind: 'refusal'; refusal?: string }
  /** 200 with `finish_reason: 'length'` and the answer cut in half. */
  | { kind: 'length' }
  /** A valid answer after `delayMs` (default 30 s), to outlast a client's timeout. */
  | { kind: 'slow'; delayMs?: number };

export type FakeBehaviourKind = FakeBehaviour['kind'];

/** A behaviour, or its kind alone for the defaults. */
export type FakeScriptStep = FakeBehaviourKind | FakeBehaviour;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The body exactly as received, for asserting what was (not) sent. */
  rawBody: string;
  /** The body parsed as JSON; undefined when it was not JSON. */
  body: ChatRequestBody | undefined;
  /** What the fake did: the scripted kind, or `not-found` / `bad-request` for requests it refused. */
  answeredWith: FakeBehaviourKind | 'not-found' | 'bad-request';
  /** What was sent back, once it was (a slow answer the client gave up on never is). */
  response?: { status: number; body: unknown };
}

export interface RunningOpenAiFake {
  /** Base URL for an OpenAI client, ending in `/v1`. */
  url: string;
  port: number;
  /** Every request received, oldest first. */
  requests: RecordedRequest[];
  /**
   * Sets how the next requests are answered, one step per request; the last step repeats. So
   * `script('rate-limited')` rate-limits every request, `script(['server-error', 'valid'])` fails
   * once then answers. Before any script, every request gets `valid`.
   */
  script(steps: FakeScriptStep | FakeScriptStep[]): void;
  /** Stops listening and drops open connections, including slow answers still waiting. */
  close(): Promise<void>;
}

export interface StartOpenAiFakeOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

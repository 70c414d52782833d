import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';
import { exampleFromSchema } from './exampleFromSchema';
import { schemaViolation } from './schemaViolation';
import { startOpenAiFake } from './startOpenAiFake';
import type { JsonSchema, RunningOpenAiFake } from './types';

// A schema as the SDK sends it, with the shapes the fake must read: nullable, enum, nested arrays.
const strictSchema = zodResponseFormat(
  z.object({
    status: z.enum(['pass', 'fail']),
    items: z.array(
      z.object({
        id: z.number().int().nullable(),
        note: z.string().nullable(),
      }),
    ),
  }),
  'test',
).json_schema.schema as JsonSchema;

describe('exampleFromSchema', () => {
  it('produces a value the same schema accepts', () => {
    const example = exampleFromSchema(strictSchema);

    expect(schemaViolation(example, strictSchema)).toBeUndefined();
    expect(example).toEqual({
      status: 'pass',
      items: [{ id: 1, note: 'example note' }],
    });
  });

  it('follows $ref into definitions', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { child: { $ref: '#/definitions/Child' } },
      required: ['child'],
      additionalProperties: false,
      definitions: { Child: { type: 'integer', minimum: 5 } },
    };

    expect(exampleFromSchema(schema)).toEqual({ child: 5 });
  });
});

describe('schemaViolation', () => {
  it.each([
    [{ items: [] }, '$.status: required'],
    [
      { status: 'maybe', items: [] },
      '$.status: must be one of ["pass","fail"]',
    ],
    [
      { status: 'pass', items: [{ id: 1.5, note: null }] },
      '$.items[0].id: matches none of the allowed shapes',
    ],
    [{ status: 'pass', items: [], extra: 1 }, '$.extra: not allowed'],
  ])('finds the problem in %j', (value, problem) => {
    expect(schemaViolation(value, strictSchema)).toBe(problem);
  });
});

describe('startOpenAiFake', () => {
  let fake: RunningOpenAiFake;
  beforeEach(async () => {
    fake = await startOpenAiFake();
  });
  afterEach(() => fake.close());

  const post = (body: object, path = '/chat/completions') =>
    fetch(`${fake.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(async r => ({
      status: r.status,
      headers: r.headers,
      body: await r.json(),
    }));
  const chat = {
    model: 'm',
    messages: [{ role: 'user', content: 'hello' }],
    response_format: {
      type: 'json_schema',
      json_schema: { name: 'test', schema: strictSchema },
    },
  };

  it('answers one scripted step per request and repeats the last', async () => {
    fake.script(['rate-limited', 'refusal', 'valid']);

    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await post(chat)).status);
    }

    expect(statuses).toEqual([429, 200, 200, 200]);
    expect(fake.requests.map(r => r.answeredWith)).toEqual([
      'rate-limited',
      'refusal',
      'valid',
      'valid',
    ]);
  });

  it('shapes answers like the OpenAI API', async () => {
    const { status, body } = await post(chat);

    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-/),
      object: 'chat.completion',
      created: expect.any(Number),
      model: 'm',
      choices: [
        {
          index: 0,
          message: {
            role: 'assistant',
            content: expect.any(String),
            refusal: null,
          },
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: expect.any(Number),
        completion_tokens: expect.any(Number),
        total_tokens: expect.any(Number),
      },
    });
    expect(
      schemaViolation(
        JSON.parse(body.choices[0].message.content),
        strictSchema,
      ),
    ).toBeUndefined();
  });

  it('sends rate limits with retry-after and an OpenAI error body', async () => {
    fake.script({ kind: 'rate-limited', retryAfterSeconds: 7 });

    const { status, headers, body } = await post(chat);

    expect(status).toBe(429);
    expect(headers.get('retry-after')).toBe('7');
    expect(body.error).toMatchObject({
      type: 'requests',
      code: 'rate_limit_exceeded',
    });
  });

  it('refuses a scripted answer that the requested schema rejects', async () => {
    fake.script({ kind: 'valid', answer: { status: 'unknown', items: [] } });

    const { status, body } = await post(chat);

    expect(status).toBe(400);
    expect(body.error.message).toMatch(
      /does not satisfy the requested schema \(\$\.status/,
    );
  });

  it('answers unknown routes with 404 and malformed bodies with 400', async () => {
    expect((await post(chat, '/embeddings')).status).toBe(404);
    expect((await post({ messages: [] })).status).toBe(400);
    expect(fake.requests.map(r => r.answeredWith)).toEqual([
      'not-found',
      'bad-request',
    ]);
  });

  it('closes while a slow answer is still pending', async () => {
    fake.script({ kind: 'slow', delayMs: 60_000 });
    // Node's fetch errors come from outside Jest's sandbox, so they are matched by shape, not class.
    const pending = post(chat).then(
      () => 'answered',
      (error: { message: string }) => error.message,
    );
    await new Promise(resolve => setTimeout(resolve, 50));

    await fake.close();

    expect(await pending).toBe('fetch failed');
    expect(fake.requests[0].response).toBeUndefined();
    fake = await startOpenAiFake(); // afterEach closes this one
  });
});

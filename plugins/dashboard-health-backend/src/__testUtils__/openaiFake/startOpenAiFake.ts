import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorBody } from './openAiBodies';
import { planResponse, PlannedResponse } from './planResponse';
import type {
  ChatRequestBody,
  FakeBehaviour,
  FakeScriptStep,
  RecordedRequest,
  RunningOpenAiFake,
  StartOpenAiFakeOptions,
} from './types';

const CHAT_COMPLETIONS = '/v1/chat/completions';

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', chunk => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): ChatRequestBody | undefined {
  try {
    const value = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function send(
  res: ServerResponse,
  planned: PlannedResponse,
  record?: RecordedRequest,
) {
  if (res.destroyed) {
    return; // the client gave up (timeout, abort) while a slow answer was pending
  }
  if (record) {
    record.response = { status: planned.status, body: planned.body };
  }
  res.writeHead(planned.status, {
    'content-type': 'application/json',
    'x-request-id': `req_${randomUUID().replace(/-/g, '')}`,
    'openai-processing-ms': String(planned.delayMs ?? 42),
    ...planned.headers,
  });
  res.end(JSON.stringify(planned.body));
}

/** Why OpenAI would answer 400 to this body, as far as the fake checks; undefined if it is fine. */
function requestProblem(body: ChatRequestBody | undefined): string | undefined {
  if (!body) {
    return 'We could not parse the JSON body of your request.';
  }
  if (typeof body.model !== 'string' || !Array.isArray(body.messages)) {
    return "Missing required parameter: 'model' or 'messages'.";
  }
  if (body.stream) {
    return 'openai-fake does not support streaming.';
  }
  return undefined;
}

const toBehaviour = (step: FakeScriptStep): FakeBehaviour =>
  typeof step === 'string' ? ({ kind: step } as FakeBehaviour) : step;

/**
 * Starts an OpenAI-compatible chat completions server for tests and local runs: it records every
 * request and answers as scripted, including the faults a real provider produces.
 */
export async function startOpenAiFake(
  options: StartOpenAiFakeOptions = {},
): Promise<RunningOpenAiFake> {
  const requests: RecordedRequest[] = [];
  let steps: FakeBehaviour[] = [{ kind: 'valid' }];
  const timers = new Set<NodeJS.Timeout>();

  const nextBehaviour = () => (steps.length > 1 ? steps.shift()! : steps[0]);

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const rawBody = await readBody(req);
    const body = parseJson(rawBody);
    const path = (req.url ?? '/').split('?')[0];
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      headers: req.headers,
      rawBody,
      body,
      answeredWith: 'bad-request',
    };
    requests.push(record);

    if (record.method !== 'POST' || path !== CHAT_COMPLETIONS) {
      record.answeredWith = 'not-found';
      send(
        res,
        {
          status: 404,
          headers: {},
          body: errorBody(
            `Invalid URL (${record.method} ${path})`,
            'invalid_request_error',
          ),
        },
        record,
      );
      return;
    }
    const problem = requestProblem(body);
    if (problem || !body) {
      send(
        res,
        {
          status: 400,
          headers: {},
          body: errorBody(problem ?? 'Bad request', 'invalid_request_error'),
        },
        record,
      );
      return;
    }

    const behaviour = nextBehaviour();
    record.answeredWith = behaviour.kind;
    const planned = planResponse(behaviour, body);
    if (!planned.delayMs) {
      send(res, planned, record);
      return;
    }
    const timer = setTimeout(() => {
      timers.delete(timer);
      send(res, planned, record);
    }, planned.delayMs);
    timers.add(timer);
    res.on('close', () => {
      clearTimeout(timer);
      timers.delete(timer);
    });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch(error => {
      if (!res.headersSent) {
        send(res, {
          status: 500,
          headers: {},
          body: errorBody(
            `openai-fake: ${(error as Error).message}`,
            'server_error',
          ),
        });
      }
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${port}/v1`,
    port,
    requests,
    script(next) {
      const list = Array.isArray(next) ? next : [next];
      if (list.length === 0) {
        throw new Error('openai-fake: script() needs at least one behaviour');
      }
      steps = list.map(toBehaviour);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) {
          clearTimeout(timer);
        }
        timers.clear();
        server.close(error => (error ? reject(error) : resolve()));
        // Keep-alive and pending slow answers would otherwise hold close() open.
        server.closeAllConnections();
      }),
  };
}

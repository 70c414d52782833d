/**
 * openai-fake [--port 8091] [--host 127.0.0.1] [--script valid,rate-limited,...]
 *
 * Serves the fake on its own, to point a local backend at (`dashboardHealth.llm.baseUrl`) without a
 * real provider. From plugins/dashboard-health-backend:
 *   node --require @backstage/cli/config/nodeTransform.cjs src/__testUtils__/openaiFake/cli.ts
 */
import { parseArgs } from 'node:util';
import { startOpenAiFake } from './startOpenAiFake';
import type { FakeBehaviourKind } from './types';

const KINDS: FakeBehaviourKind[] = [
  'valid',
  'rate-limited',
  'server-error',
  'invalid-json',
  'schema-violation',
  'refusal',
  'length',
  'slow',
];

const USAGE = `Usage: openai-fake [options]
  --port <n>         listen port (default 8091; 0 for any free port)
  --host <host>      listen address (default 127.0.0.1)
  --script <kinds>   comma-separated behaviours, one per request, the last repeating
                     (default valid); kinds: ${KINDS.join(', ')}`;

function scriptOption(value: string | undefined): FakeBehaviourKind[] {
  const kinds = (value ?? 'valid').split(',').map(k => k.trim());
  const unknown = kinds.filter(k => !KINDS.includes(k as FakeBehaviourKind));
  if (unknown.length > 0) {
    throw new Error(`unknown behaviour(s) ${unknown.join(', ')}`);
  }
  return kinds as FakeBehaviourKind[];
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      script: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = Number(values.port ?? 8091);
  if (!Number.isInteger(port) || port < 0) {
    throw new Error(`--port expects a port number, got '${values.port}'`);
  }
  const script = scriptOption(values.script);
  const fake = await startOpenAiFake({ port, host: values.host });
  fake.script(script);
  process.stdout.write(
    `openai-fake listening on ${fake.url} (script: ${script.join(', ')})\n`,
  );
  const stop = async (signal: string) => {
    process.stdout.write(`openai-fake: ${signal}, shutting down\n`);
    await fake.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch(error => {
  process.stderr.write(`openai-fake: ${(error as Error).message}\n`);
  process.exit(1);
});

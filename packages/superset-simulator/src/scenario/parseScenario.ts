import { z } from 'zod';
import { asyncQueriesSchema } from '../async/asyncQueriesSchema';
import { supersetVersionSchema } from '../versions/profiles';
import { checkScenarioReferences } from './references';
import {
  faultsSchema,
  ownershipSchema,
  Scenario,
  scenarioShape,
} from './schema';

function addReferenceIssues(scenario: Scenario, ctx: z.RefinementCtx) {
  for (const issue of checkScenarioReferences(scenario)) {
    ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
}

const scenarioSchema = z
  .strictObject(scenarioShape)
  .superRefine(addReferenceIssues);

const instanceSchema = z
  .strictObject({
    id: z.string().min(1),
    port: z.int().min(0).max(65535),
    ownership: ownershipSchema.optional(),
    /** The Superset line whose response shapes this instance serves: "4.1", "5.0" (default) or "6.0". */
    version: supersetVersionSchema.optional(),
    /** GLOBAL_ASYNC_QUERIES on, with its cookie and job timings. */
    asyncQueries: asyncQueriesSchema.optional(),
    faults: faultsSchema.optional(),
    ...scenarioShape,
  })
  .superRefine((instance, ctx) => addReferenceIssues(instance, ctx));

const scenarioFileSchema = z
  .strictObject({ instances: z.array(instanceSchema).min(1) })
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    const ports = new Set<number>();
    file.instances.forEach((instance, index) => {
      if (ids.has(instance.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate instance id '${instance.id}'`,
          path: ['instances', index, 'id'],
        });
      }
      if (instance.port !== 0 && ports.has(instance.port)) {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate port ${instance.port}`,
          path: ['instances', index, 'port'],
        });
      }
      ids.add(instance.id);
      ports.add(instance.port);
    });
  });

/** One Superset instance of a scenario file: its scenario plus where and how it is served. */
export type ScenarioInstance = z.output<typeof instanceSchema>;
/** A scenario file: the Superset instances one simulator process serves, one port each. */
export type ScenarioFile = z.output<typeof scenarioFileSchema>;

/** "instances[0].dashboards[3].charts[1]" */
export function formatIssuePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') {
      return `${text}[${part}]`;
    }
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

function toError(error: z.ZodError, what: string): Error {
  const lines = error.issues.map(issue => {
    const where = formatIssuePath(issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
  return new Error(`Invalid ${what}:\n  ${lines.join('\n  ')}`);
}

/** Validates a scenario; the error names every problem with its path. */
export function parseScenario(input: unknown): Scenario {
  const result = scenarioSchema.safeParse(input);
  if (!result.success) {
    throw toError(result.error, 'scenario');
  }
  return result.data;
}

/** Top-level `x-` keys hold YAML anchors shared by instances (as in docker-compose files). */
function withoutExtensionKeys(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return input;
  }
  return Object.fromEntries(
    Object.entries(input as Record<string, unknown>).filter(
      ([key]) => !key.startsWith('x-'),
    ),
  );
}

export function parseScenarioFile(input: unknown): ScenarioFile {
  const result = scenarioFileSchema.safeParse(withoutExtensionKeys(input));
  if (!result.success) {
    throw toError(result.error, 'scenario file');
  }
  return result.data;
}

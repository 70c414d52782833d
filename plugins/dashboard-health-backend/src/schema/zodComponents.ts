import {
  healthBatchRequestSchema,
  manualRunRequestSchema,
  planPreviewRequestSchema,
  recordStatusSchema,
  runSchema,
  runStatusSchema,
  runTriggerSchema,
  spacingSchema,
  validationPolicyInputSchema,
  validationPolicyViewSchema,
  validationRecordSchema,
  windowSchema,
} from '@dashboard-health/plugin-dashboard-health-common';
import { z } from 'zod';

/**
 * The OpenAPI components that are written from -common's zod schemas, so the spec and the code that
 * parses requests and builds answers share one definition. Requests are described as clients send
 * them (zod input), answers as the backend produces them (zod output).
 */
export const ZOD_COMPONENTS: Record<
  string,
  { schema: z.ZodType; io: 'input' | 'output' }
> = {
  Window: { schema: windowSchema, io: 'output' },
  Spacing: { schema: spacingSchema, io: 'output' },
  RunStatus: { schema: runStatusSchema, io: 'output' },
  RunTrigger: { schema: runTriggerSchema, io: 'output' },
  RecordStatus: { schema: recordStatusSchema, io: 'output' },
  ValidationRecord: { schema: validationRecordSchema, io: 'output' },
  Run: { schema: runSchema, io: 'output' },
  ValidationPolicyView: { schema: validationPolicyViewSchema, io: 'output' },
  ValidationPolicyInput: { schema: validationPolicyInputSchema, io: 'input' },
  PlanPreviewRequest: { schema: planPreviewRequestSchema, io: 'input' },
  HealthBatchRequest: { schema: healthBatchRequestSchema, io: 'input' },
  ManualRunRequest: { schema: manualRunRequestSchema, io: 'input' },
};

/** One component as JSON Schema 2020-12 (OpenAPI 3.1's dialect), without the `$schema` marker. */
export function componentFromZod(name: string): Record<string, unknown> {
  const { schema, io } = ZOD_COMPONENTS[name];
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    // Refinements and transforms (e.g. entity ref parsing) have no JSON Schema; the base type stands.
    unrepresentable: 'any',
  });
  return io === 'output' ? openForAdditions(json) : json;
}

/**
 * Answers may gain fields (the API evolves by adding), so output objects do not forbid unknown properties,
 * which zod's output schemas otherwise do; requests stay closed, so a misspelt field is an error.
 */
function openForAdditions(node: unknown): any {
  if (Array.isArray(node)) return node.map(openForAdditions);
  if (node === null || typeof node !== 'object') return node;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'additionalProperties' && value === false) continue;
    result[key] = openForAdditions(value);
  }
  return result;
}

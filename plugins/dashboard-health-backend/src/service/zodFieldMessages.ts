import { InputError } from '@backstage/errors';
import {
  healthBatchRequestSchema,
  manualRunRequestSchema,
  planPreviewRequestSchema,
  policyPlanQuerySchema,
  runListQuerySchema,
  validationPolicyInputSchema,
} from '@dashboard-health/plugin-dashboard-health-common';
import { ErrorRequestHandler, Request } from 'express';
import { z } from 'zod';
import { parseInput } from '../usecases/parseInput';
import { healthQuerySchema, recordListQuerySchema } from './healthRoutes';

/** The zod schemas the routes parse queries and bodies with, by OpenAPI operation. */
const QUERY_SCHEMAS: Record<string, z.ZodType> = {
  'GET /health': healthQuerySchema,
  'GET /records': recordListQuerySchema,
  'GET /runs': runListQuerySchema,
  'GET /policies/{id}/plan': policyPlanQuerySchema,
};
const BODY_SCHEMAS: Record<string, z.ZodType> = {
  'POST /health/batch': healthBatchRequestSchema,
  'POST /runs': manualRunRequestSchema,
  'POST /plan/preview': planPreviewRequestSchema,
  'POST /policies': validationPolicyInputSchema,
  'PUT /policies/{id}': validationPolicyInputSchema,
};

function operation(req: Request): string | undefined {
  const route = (req as Request & { openapi?: { openApiRoute?: string } })
    .openapi?.openApiRoute;
  return route && `${req.method} ${route}`;
}

/**
 * When the OpenAPI validator rejects a request, answers with the message the route's own zod schema gives
 * (`window.end: must be a time of day as HH:mm`) instead of the validator's
 * (`request/body/window/end must match pattern …`): the spec is the contract, the field messages are what
 * users read. Keeps the original message when zod finds nothing wrong (e.g. an unknown query parameter, or
 * a check the route makes beyond the schema).
 */
export function zodFieldMessages(): ErrorRequestHandler {
  return (error, req, _res, next) => {
    const key = operation(req);
    if (!(error instanceof InputError) || !key) {
      next(error);
      return;
    }
    try {
      if (QUERY_SCHEMAS[key])
        parseInput(QUERY_SCHEMAS[key], req.query, 'query');
      if (BODY_SCHEMAS[key]) parseInput(BODY_SCHEMAS[key], req.body ?? {});
      next(error);
    } catch (fieldError) {
      next(fieldError);
    }
  };
}

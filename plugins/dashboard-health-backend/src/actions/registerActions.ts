import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import {
  entityRefSchema,
  RECORD_STATUSES,
} from '@internal/plugin-dashboard-health-common';
import { describeIssues } from '../service/parseInput';
import { RouteContext } from '../service/context';
import { getEntityHealth } from '../service/entityHealth';
import { startManualRun } from '../service/manualRun';

/** Entity refs come in as text; the domain's own schema normalises them, as for the REST routes. */
function parseRef(value: string): string {
  const parsed = entityRefSchema.safeParse(value);
  if (!parsed.success) {
    throw new InputError(
      `Invalid input: entityRef: ${describeIssues(parsed.error)}`,
    );
  }
  return parsed.data;
}

/**
 * Dashboard health for automation and AI agents through the actions registry. Each action reads or acts
 * with the caller's credentials through the same code as the REST routes, so the catalog's visibility and
 * the run permission apply alike.
 */
export function registerActions(
  actions: ActionsRegistryService,
  context: RouteContext,
) {
  actions.register({
    name: 'get-dashboard-health',
    title: 'Get dashboard health',
    description:
      "A Superset dashboard's latest validation (status, summary, issues) and its next planned check.",
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe(
              'Entity ref of the dashboard, e.g. resource:default/prod-dashboard-2',
            ),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          status: z.enum(['pass', 'warn', 'fail', 'error', 'never-checked']),
          summary: z.string().nullable(),
          lastCheckedAt: z.string().nullable(),
          issues: z.array(
            z.object({
              severity: z.string(),
              code: z.string(),
              chartName: z.string().nullable(),
              message: z.string(),
              suggestion: z.string().nullable(),
            }),
          ),
          nextCheckAt: z.string().nullable(),
        }),
    },
    action: async ({ input, credentials }) => {
      const health = await getEntityHealth(
        context,
        parseRef(input.entityRef),
        credentials,
      );
      const record = health.latestRecord;
      return {
        output: {
          entityRef: health.entityRef,
          status: record ? record.status : ('never-checked' as const),
          summary: record?.summary ?? null,
          lastCheckedAt: record?.finishedAt ?? null,
          issues: (record?.issues ?? []).map(issue => ({
            severity: issue.severity,
            code: issue.code,
            chartName: issue.chartName ?? null,
            message: issue.message,
            suggestion: issue.suggestion ?? null,
          })),
          nextCheckAt: health.nextRun?.plannedAt ?? null,
        },
      };
    },
  });

  actions.register({
    name: 'list-failing-dashboards',
    title: 'List failing dashboards',
    description:
      'Dashboards whose latest validation failed (or has another given status), most recently checked first; only dashboards the caller may see.',
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          statuses: z
            .array(z.enum(RECORD_STATUSES))
            .min(1)
            .optional()
            .describe('Statuses to list; default ["fail"]'),
          environment: z
            .string()
            .optional()
            .describe('A Superset instance id, e.g. prod'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(500)
            .optional()
            .describe('Default 50'),
        }),
      output: z =>
        z.object({
          dashboards: z.array(
            z.object({
              entityRef: z.string(),
              environment: z.string(),
              status: z.string(),
              topIssue: z.string().nullable(),
              lastCheckedAt: z.string(),
            }),
          ),
        }),
    },
    action: async ({ input, credentials }) => {
      const limit = input.limit ?? 50;
      const rows = await context.records.listByStatus({
        statuses: input.statuses ?? ['fail'],
        environment: input.environment,
        // Some rows may be hidden from the caller; read more than asked so the page still fills.
        limit: limit * 4,
      });
      const visible = await context.dashboards.visibleRefs(
        rows.map(row => row.entityRef),
        credentials,
      );
      return {
        output: {
          dashboards: rows
            .filter(row => visible.has(row.entityRef))
            .slice(0, limit)
            .map(row => ({
              entityRef: row.entityRef,
              environment: row.environment,
              status: row.status,
              topIssue: row.topIssue,
              lastCheckedAt: row.lastCheckedAt,
            })),
        },
      };
    },
  });

  actions.register({
    name: 'trigger-validation-run',
    title: 'Trigger a dashboard validation',
    description:
      'Starts a validation of one Superset dashboard now (still subject to the instance concurrency cap). Needs dashboard-health.run.create.',
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z => z.object({ entityRef: z.string() }),
      output: z =>
        z.object({
          runId: z.string(),
          status: z.string(),
          plannedAt: z.string(),
        }),
    },
    action: async ({ input, credentials }) => {
      const run = await startManualRun(
        context,
        parseRef(input.entityRef),
        credentials,
      );
      return {
        output: { runId: run.id, status: run.status, plannedAt: run.plannedAt },
      };
    },
  });
}

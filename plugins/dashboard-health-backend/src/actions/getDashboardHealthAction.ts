import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { getEntityHealth } from '../usecases/getEntityHealth';
import { UseCaseContext } from '../usecases/UseCaseContext';
import { parseEntityRefInput } from './parseEntityRefInput';

/** `get-dashboard-health`: the entity view of `GET /health`, flattened for an agent to read. */
export function registerGetDashboardHealthAction(
  actions: ActionsRegistryService,
  context: UseCaseContext,
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
        parseEntityRefInput(input.entityRef),
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
}

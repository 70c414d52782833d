import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { RECORD_STATUSES } from '@dashboard-health/plugin-dashboard-health-common';
import { UseCaseContext } from '../usecases/UseCaseContext';

/** `list-failing-dashboards`: the latest outcomes of a status, limited to dashboards the caller may see. */
export function registerListFailingDashboardsAction(
  actions: ActionsRegistryService,
  context: UseCaseContext,
) {
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
}

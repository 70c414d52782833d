import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { startManualRun } from '../usecases/startManualRun';
import { UseCaseContext } from '../usecases/UseCaseContext';
import { parseEntityRefInput } from './parseEntityRefInput';

/** `trigger-validation-run`: a manual run as `POST /runs` starts it, with the same permission and caps. */
export function registerTriggerValidationRunAction(
  actions: ActionsRegistryService,
  context: UseCaseContext,
) {
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
        parseEntityRefInput(input.entityRef),
        credentials,
      );
      return {
        output: { runId: run.id, status: run.status, plannedAt: run.plannedAt },
      };
    },
  });
}

import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { UseCaseContext } from '../usecases/UseCaseContext';
import { validatePolicyNow } from '../usecases/validatePolicyNow';

/** `validate-policy-now`: "Validate now" on a policy, as `POST /policies/{id}/validate-now` does it. */
export function registerValidatePolicyNowAction(
  actions: ActionsRegistryService,
  context: UseCaseContext,
) {
  actions.register({
    name: 'validate-policy-now',
    title: 'Validate every dashboard of a policy now',
    description:
      'Starts a validation of each dashboard of a Dashboard Health policy, spread over a short window from now ' +
      'and held to the instance and policy concurrency caps. Needs dashboard-health.run.create on each dashboard.',
    attributes: { destructive: false, idempotent: false, readOnly: false },
    schema: {
      input: z => z.object({ policyId: z.string().min(1) }),
      output: z =>
        z.object({
          runs: z.number(),
          windowStart: z.string(),
          windowEnd: z.string(),
          fits: z.boolean(),
        }),
    },
    action: async ({ input, credentials }) => {
      const batch = await validatePolicyNow(
        context,
        input.policyId,
        credentials,
      );
      return {
        output: {
          runs: batch.slots.length,
          windowStart: batch.windowStart,
          windowEnd: batch.windowEnd,
          fits: batch.forecast.fits,
        },
      };
    },
  });
}

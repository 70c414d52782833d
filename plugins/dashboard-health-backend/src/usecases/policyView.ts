import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  ValidationPolicy,
  ValidationPolicyView,
} from '@dashboard-health/plugin-dashboard-health-common';
import { UseCaseContext } from './UseCaseContext';

/**
 * Policies as the caller may see them: explicit refs of dashboards the catalog hides from the caller are
 * counted in `hiddenDashboardCount`, not named. One catalog read for the whole list.
 */
export async function policiesForCaller(
  context: UseCaseContext,
  policies: readonly ValidationPolicy[],
  credentials: BackstageCredentials,
): Promise<ValidationPolicyView[]> {
  const visible = await context.dashboards.visibleRefs(
    policies.flatMap(policy => policy.entityRefs),
    credentials,
  );
  return policies.map(policy => {
    const shown = policy.entityRefs.filter(ref => visible.has(ref));
    return {
      ...policy,
      entityRefs: shown,
      hiddenDashboardCount: policy.entityRefs.length - shown.length,
    };
  });
}

/** One policy as the caller may see it. */
export async function policyForCaller(
  context: UseCaseContext,
  policy: ValidationPolicy,
  credentials: BackstageCredentials,
): Promise<ValidationPolicyView> {
  const [view] = await policiesForCaller(context, [policy], credentials);
  return view;
}

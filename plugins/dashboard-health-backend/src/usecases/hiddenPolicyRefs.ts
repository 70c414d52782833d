import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { ValidationPolicy } from '@dashboard-health/plugin-dashboard-health-common';
import { UseCaseContext } from './UseCaseContext';

/**
 * The stored policy's explicit refs that a replacing caller cannot see but that are still dashboards in the
 * catalog. The caller could neither see nor name them, so a `PUT` keeps them rather than silently dropping
 * another team's dashboards; refs gone from the catalog are dropped, as nobody could name them either.
 */
export async function hiddenPolicyRefs(
  context: UseCaseContext,
  stored: ValidationPolicy,
  credentials: BackstageCredentials,
): Promise<string[]> {
  const visible = await context.dashboards.visibleRefs(
    stored.entityRefs,
    credentials,
  );
  const hidden = stored.entityRefs.filter(ref => !visible.has(ref));
  if (hidden.length === 0) return [];
  const existing = await context.dashboards.existingDashboardRefs(hidden);
  return hidden.filter(ref => existing.has(ref));
}

import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { UseCaseContext } from '../usecases/UseCaseContext';
import { registerGetDashboardHealthAction } from './getDashboardHealthAction';
import { registerListFailingDashboardsAction } from './listFailingDashboardsAction';
import { registerTriggerValidationRunAction } from './triggerValidationRunAction';
import { registerValidatePolicyNowAction } from './validatePolicyNowAction';

/**
 * Dashboard health for automation and AI agents through the actions registry. Each action reads or acts
 * with the caller's credentials through the same use cases as the REST routes, so the catalog's visibility
 * and the run permission apply alike.
 */
export function registerActions(
  actions: ActionsRegistryService,
  context: UseCaseContext,
) {
  registerGetDashboardHealthAction(actions, context);
  registerListFailingDashboardsAction(actions, context);
  registerTriggerValidationRunAction(actions, context);
  registerValidatePolicyNowAction(actions, context);
}

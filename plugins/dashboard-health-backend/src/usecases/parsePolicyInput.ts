import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import {
  nextWindowDate,
  planWindow,
  validationPolicyInputSchema,
  WindowPlanError,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DashboardRefProblem } from '../catalog/CatalogDashboards';
import { PolicyFields } from '../database/PolicyStore';
import { parseInput } from './parseInput';
import { UseCaseContext } from './UseCaseContext';

const PROBLEM_TEXT: Record<DashboardRefProblem['problem'], string> = {
  'not-found': 'not in the catalog',
  'not-a-dashboard': 'not a Superset dashboard',
  'other-environment': 'a dashboard of another environment',
};

/**
 * Validates a policy body completely before anything is stored: the schema, the environment, that every
 * explicit ref is a dashboard of that environment the caller can see, and that the window can hold the
 * dashboards. Every failure is a 400 naming the field; dashboards hidden from the caller are reported like
 * missing ones. `keptRefs` (a replaced policy's refs the caller cannot see) join the explicit refs unchecked.
 */
export async function parsePolicyInput(
  context: UseCaseContext,
  body: unknown,
  credentials: BackstageCredentials,
  keptRefs: readonly string[] = [],
): Promise<PolicyFields> {
  const input = parseInput(validationPolicyInputSchema, body);
  if (!context.environments.includes(input.environment)) {
    throw new InputError(
      `Invalid request body: environment: '${input.environment}' is not a configured Superset instance ` +
        `(configured: ${context.environments.join(', ') || 'none'})`,
    );
  }
  const fields: PolicyFields = {
    name: input.name,
    environment: input.environment,
    entityRefs: input.entityRefs ?? [],
    selector: input.selector,
    window: input.window,
    enabled: input.enabled,
    maxConcurrency: input.maxConcurrency,
    maxStaleness: input.maxStaleness,
    llmDailyTokenBudget: input.llmDailyTokenBudget,
    notify: input.notify,
    spacing: input.spacing,
  };

  const problems = await context.dashboards.checkDashboards(
    fields.entityRefs,
    fields.environment,
    credentials,
  );
  if (problems.length > 0) {
    const shown = problems
      .slice(0, 20)
      .map(p => `${p.entityRef} (${PROBLEM_TEXT[p.problem]})`)
      .join(', ');
    const more =
      problems.length > 20 ? ` and ${problems.length - 20} more` : '';
    throw new InputError(
      `Invalid request body: entityRefs: ${problems.length} are not dashboards of environment ` +
        `'${fields.environment}': ${shown}${more}`,
    );
  }

  fields.entityRefs = [...fields.entityRefs, ...keptRefs];

  const candidate = {
    ...fields,
    id: 'candidate',
    createdAt: '',
    updatedAt: '',
  };
  // Whether the selector matches anything is judged by what the caller may see, so the answer reveals no
  // hidden dashboard; the window must still hold every dashboard the planner will plan (counted, not named).
  if (
    (await context.dashboards.resolvePolicy(candidate, credentials)).length ===
    0
  ) {
    throw new InputError(
      'Invalid request body: selector: matches no dashboards and entityRefs is empty',
    );
  }
  // The planner's own rules decide whether the window holds the dashboards (with the selector resolved).
  const dashboards = await context.dashboards.resolvePolicy(candidate);
  try {
    planWindow({
      window: fields.window,
      date: nextWindowDate(fields.window, context.clock.now()),
      entityRefs: dashboards,
      minSpacingSeconds: context.minSpacingSeconds,
    });
  } catch (error) {
    if (error instanceof WindowPlanError) {
      throw new InputError(`Invalid request body: ${error.message}`);
    }
    throw error;
  }
  return fields;
}

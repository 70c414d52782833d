import { InputError } from '@backstage/errors';
import { entityRefSchema } from '@dashboard-health/plugin-dashboard-health-common';
import { describeIssues } from '../usecases/parseInput';

/** Entity refs come in as text; the domain's own schema normalises them, as for the REST routes. */
export function parseEntityRefInput(value: string): string {
  const parsed = entityRefSchema.safeParse(value);
  if (!parsed.success) {
    throw new InputError(
      `Invalid input: entityRef: ${describeIssues(parsed.error)}`,
    );
  }
  return parsed.data;
}

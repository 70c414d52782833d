import { checkScenarioReferences } from '../scenario/references';
import type { Ownership, Scenario } from '../scenario/schema';
import type { Clock } from '../time/clock';
import { buildModel } from './buildModel';
import type { Model } from './types';

const SECTIONS = [
  'users',
  'databases',
  'datasets',
  'dashboards',
  'charts',
] as const;

/**
 * Serves the resolved model of a scenario that tests may change while the server runs. Replacing or
 * growing/shrinking a scenario array is noticed on the next request; in-place edits of an object need
 * `invalidate()` (the simulator's update helpers call it).
 */
export class LiveModel {
  private model: Model | undefined;
  private signature: unknown[] = [];

  constructor(
    readonly scenario: Scenario,
    private readonly clock: Clock,
    private readonly ownership: Ownership,
  ) {}

  get(): Model {
    const signature = SECTIONS.flatMap(section => [
      this.scenario[section],
      this.scenario[section].length,
    ]);
    const changed =
      !this.model || signature.some((part, i) => part !== this.signature[i]);
    if (changed) {
      const issues = checkScenarioReferences(this.scenario);
      if (issues.length > 0) {
        throw new Error(
          `Scenario became invalid: ${issues
            .map(i => `${i.path.join('.')}: ${i.message}`)
            .join('; ')}`,
        );
      }
      this.model = buildModel(
        this.scenario,
        this.ownership,
        this.clock.now().getTime(),
      );
      this.signature = signature;
    }
    return this.model!;
  }

  invalidate(): void {
    this.model = undefined;
  }
}

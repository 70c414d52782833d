import { z } from 'zod';
import type { LiveModel } from '../model/liveModel';
import { checkScenarioReferences } from '../scenario/references';
import {
  chartSchema,
  dashboardSchema,
  Scenario,
  ScenarioChart,
  ScenarioChartInput,
  ScenarioDashboard,
  ScenarioDashboardInput,
} from '../scenario/schema';

function parse<T extends z.ZodType>(
  schema: T,
  input: unknown,
  what: string,
): z.output<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new Error(`Invalid ${what}: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/**
 * Validated changes to a running simulator's scenario: each change is checked against the rest of
 * the scenario (and undone when it breaks a reference) before the next request can see it.
 */
export class ScenarioEditor {
  constructor(
    private readonly scenario: Scenario,
    private readonly model: LiveModel,
  ) {}

  addDashboard(input: ScenarioDashboardInput): ScenarioDashboard {
    const dashboard = parse(dashboardSchema, input, 'dashboard');
    this.apply(() => {
      this.scenario.dashboards.push(dashboard);
      return () => this.scenario.dashboards.pop();
    });
    return dashboard;
  }

  removeDashboard(id: number): boolean {
    const index = this.scenario.dashboards.findIndex(d => d.id === id);
    if (index === -1) {
      return false;
    }
    this.scenario.dashboards.splice(index, 1);
    this.model.invalidate();
    return true;
  }

  updateDashboard(
    id: number,
    patch: Partial<ScenarioDashboardInput>,
  ): ScenarioDashboard {
    return this.replace('dashboards', dashboardSchema, id, patch, 'dashboard');
  }

  addChart(input: ScenarioChartInput): ScenarioChart {
    const chart = parse(chartSchema, input, 'chart');
    this.apply(() => {
      this.scenario.charts.push(chart);
      return () => this.scenario.charts.pop();
    });
    return chart;
  }

  updateChart(id: number, patch: Partial<ScenarioChartInput>): ScenarioChart {
    return this.replace('charts', chartSchema, id, patch, 'chart');
  }

  private replace<S extends 'dashboards' | 'charts', T extends z.ZodType>(
    section: S,
    schema: T,
    id: number,
    patch: object,
    what: string,
  ): z.output<T> {
    const items = this.scenario[section] as Array<{ id: number }>;
    const index = items.findIndex(item => item.id === id);
    if (index === -1) {
      throw new Error(`Unknown ${what} ${id}`);
    }
    const previous = items[index];
    const updated = parse(schema, { ...previous, ...patch, id }, what);
    this.apply(() => {
      items[index] = updated as { id: number };
      return () => {
        items[index] = previous;
      };
    });
    return updated;
  }

  private apply(change: () => () => void): void {
    const undo = change();
    const issues = checkScenarioReferences(this.scenario);
    if (issues.length > 0) {
      undo();
      throw new Error(
        issues
          .map(issue => `${issue.path.join('.')}: ${issue.message}`)
          .join('; '),
      );
    }
    this.model.invalidate();
  }
}

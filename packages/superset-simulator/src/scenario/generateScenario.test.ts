import { generateScenario } from './generateScenario';
import { parseScenario } from './parseScenario';

describe('generateScenario', () => {
  it('generates 10,000 dashboards quickly', () => {
    const start = performance.now();
    const scenario = generateScenario({ dashboards: 10_000 });
    const elapsed = performance.now() - start;
    expect(scenario.dashboards).toHaveLength(10_000);
    expect(scenario.charts).toHaveLength(40_000);
    expect(elapsed).toBeLessThan(1500);
  });

  it('is deterministic per seed', () => {
    const a = generateScenario({
      dashboards: 200,
      chartsPerDashboard: 3,
      seed: 7,
    });
    const b = generateScenario({
      dashboards: 200,
      chartsPerDashboard: 3,
      seed: 7,
    });
    const c = generateScenario({
      dashboards: 200,
      chartsPerDashboard: 3,
      seed: 8,
    });
    expect(a).toEqual(b);
    expect(a.dashboards.map(d => d.title)).not.toEqual(
      c.dashboards.map(d => d.title),
    );
    expect(a.charts).toHaveLength(600);
  });

  it('produces a valid scenario with unique slugs and every behaviour', () => {
    const scenario = generateScenario({ dashboards: 2000 });
    expect(() => parseScenario(scenario)).not.toThrow();
    const slugs = scenario.dashboards.map(d => d.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const behaviours = new Set(scenario.charts.map(c => c.behaviour));
    expect([...behaviours].sort()).toEqual(
      [
        'async',
        'columns-missing',
        'empty',
        'error',
        'forbidden',
        'no-query-context',
        'ok',
        'slow',
        'stale',
      ].sort(),
    );
    const svc = scenario.users.find(
      u => u.username === 'svc_dashboard_validator',
    );
    expect(svc?.password).toBe('simulator');
    expect(scenario.dashboards.some(d => d.owners.includes(svc!.id))).toBe(
      false,
    );
  });
});

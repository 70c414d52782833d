import { fixtureScenario } from '@internal/superset-simulator';
import { closeSimulators, startHarness } from '../__testUtils__/simulator';

afterEach(closeSimulators);

/** The fixture instance where Chloé (3) may view Sales Overview (dashboard 1) and its chart 1. */
function scenarioWithViewers() {
  const scenario = fixtureScenario();
  scenario.dashboards.find(d => d.id === 1)!.viewers = [3];
  scenario.charts.find(c => c.id === 1)!.viewers = [3];
  return scenario;
}

const ana = { id: 1, firstName: 'Ana', lastName: 'Lima' };
const ben = { id: 2, firstName: 'Ben', lastName: 'Okafor' };
const chloe = { id: 3, firstName: 'Chloé', lastName: 'Martin' };

describe.each(['owners', 'editors'] as const)(
  'SupersetClient with the %s ownership shape',
  ownership => {
    it('gives owners and viewers in the dashboard list', async () => {
      const { client, sim } = await startHarness({
        simulator: { scenario: scenarioWithViewers(), ownership },
      });

      const dashboards = await client.listDashboards();

      const sales = dashboards.find(d => d.id === 1)!;
      expect(sales.owners).toEqual([ana, ben]);
      expect(sales.viewers).toEqual(ownership === 'editors' ? [chloe] : []);
      expect(
        sim.requests.filter(r => r.path === '/api/v1/dashboard/')[0].status,
      ).toBe(200);
    });

    it('gives owners and viewers of a dashboard and a chart', async () => {
      const { client } = await startHarness({
        simulator: { scenario: scenarioWithViewers(), ownership },
      });

      const dashboard = await client.getDashboard(1);
      const chart = await client.getChart(1);

      expect(dashboard.owners).toEqual([ana, ben]);
      expect(chart.owners).toEqual([ana]);
      const expectedViewers = ownership === 'editors' ? [chloe] : [];
      expect(dashboard.viewers).toEqual(expectedViewers);
      expect(chart.viewers).toEqual(expectedViewers);
    });
  },
);

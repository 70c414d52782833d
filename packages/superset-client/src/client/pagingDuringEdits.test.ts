import { generateScenario } from '@internal/superset-simulator';
import { SupersetApiError } from '../errors';
import { rowDroppingFetch } from '../__testUtils__/fetchWrappers';
import { closeSimulators, startHarness } from '../__testUtils__/simulator';

afterEach(closeSimulators);

/**
 * A sync pages through every dashboard while people keep working in Superset. An edit moves a dashboard
 * in any order that depends on `changed_on`; a deletion shifts every later row of an offset-paged list.
 * Neither may make the listing skip a dashboard that exists from the first page read to the last.
 */
describe('SupersetClient dashboard listing while Superset changes', () => {
  const startWith = (dashboards: number) =>
    startHarness({
      simulator: { scenario: generateScenario({ dashboards }) },
    });

  it('lists every dashboard that is never deleted when others are edited and deleted between page reads', async () => {
    const { client, sim } = await startWith(450);
    const before = new Set(sim.scenario.dashboards.map(d => d.id));
    const listed: number[] = [];
    const deleted = new Set<number>();

    for await (const page of client.iterateDashboards()) {
      listed.push(...page.map(d => d.id));
      const seen = new Set(listed);
      const unread = sim.scenario.dashboards.filter(d => !seen.has(d.id));
      // Two dashboards not read yet are edited now (they become the most recently changed) ...
      for (const dashboard of unread.slice(0, 2)) {
        sim.updateDashboard(dashboard.id, {
          title: `${dashboard.title} (edited)`,
          changed_on: '0m',
        });
      }
      // ... and one already read and one not read yet are deleted.
      const readOne = listed.find(id => !deleted.has(id));
      for (const id of [readOne, unread.at(-1)?.id]) {
        if (id !== undefined && sim.removeDashboard(id)) deleted.add(id);
      }
    }

    const missed = [...before].filter(
      id => !deleted.has(id) && !listed.includes(id),
    );
    expect(missed).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
    expect(deleted.size).toBeGreaterThan(4);
  });

  it('lists a dashboard created during the listing or leaves the list complete without it, never short of what exists throughout', async () => {
    const { client, sim } = await startWith(250);
    const before = sim.scenario.dashboards.map(d => d.id);
    const listed: number[] = [];
    let created = false;

    for await (const page of client.iterateDashboards()) {
      listed.push(...page.map(d => d.id));
      if (!created) {
        sim.addDashboard({ id: 10_000, title: 'Brand new', changed_on: '0m' });
        created = true;
      }
    }

    expect(before.filter(id => !listed.includes(id))).toEqual([]);
  });

  it('reads a range again when a dashboard vanished between Superset counting and listing it', async () => {
    const { client, sim } = await startHarness({
      simulator: { scenario: generateScenario({ dashboards: 250 }) },
      client: { fetch: rowDroppingFetch(2) },
    });

    const ids = (await client.listDashboards()).map(d => d.id);

    expect(ids).toHaveLength(250);
    // The count (its rows are not used) and the first range lost a row; the range was read twice.
    expect(
      sim.requests.filter(r => r.path === '/api/v1/dashboard/'),
    ).toHaveLength(5);
  });

  it('fails the listing rather than return fewer dashboards than Superset counts', async () => {
    const { client } = await startHarness({
      simulator: { scenario: generateScenario({ dashboards: 250 }) },
      client: { fetch: rowDroppingFetch() },
    });

    const listing = client.listDashboards();

    await expect(listing).rejects.toThrow(SupersetApiError);
    await expect(listing).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringMatching(
        /Superset counted (\d+) dashboards but listed (?!\1)\d+/,
      ),
    });
  });
});

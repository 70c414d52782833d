import { screen, waitFor, within } from '@testing-library/react';
import { plan, slot } from '../timeline/__testUtils__/planFixtures';
import {
  ENTITY_REF,
  failingRecord,
  health,
  hoursAgo,
  mockDashboardHealthApi,
  nightlyRun,
  record,
} from './__testUtils__/fixtures';
import { renderEntityView } from './__testUtils__/renderEntityView';
import { EntityDashboardHealthContent } from './EntityDashboardHealthContent';

jest.setTimeout(30_000);

describe('EntityDashboardHealthContent: its window and its trend', () => {
  it('says where the dashboard sits in its policy’s window and links to the whole window', async () => {
    const mine = slot({
      entityRef: ENTITY_REF,
      runId: nightlyRun!.runId,
      plannedAt: '2026-06-02T00:28:00.000Z', // 02:28 Berlin
    });
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(record(), nightlyRun)),
      getPolicyPlan: jest.fn(async () =>
        plan({
          slots: [
            slot({ runId: 'a' }),
            mine,
            slot({ runId: 'b', plannedAt: '2026-06-02T01:48:00.000Z' }),
          ],
        }),
      ),
    });
    const { container } = await renderEntityView(
      <EntityDashboardHealthContent chartWidth={600} />,
      { api },
    );

    const position = await screen.findByTestId('window-position');
    await waitFor(() =>
      expect(position).toHaveTextContent(
        'Slot 2 of 3 of Nightly prod: 02:28 in 01:00–05:00 Europe/Berlin',
      ),
    );
    expect(
      within(position).getByRole('link', { name: 'See the whole window' }),
    ).toHaveAttribute(
      'href',
      `/dashboard-health/policies/${nightlyRun!.policy!.id}`,
    );
    expect(
      container.querySelectorAll('.window-position-mine .recharts-symbols'),
    ).toHaveLength(1);
  });

  it('charts issue counts and durations of the last 90 days, one bar stack per check', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(failingRecord)),
      listRecords: jest.fn(async () => ({
        items: [
          { ...failingRecord, startedAt: hoursAgo(2), durationMs: 9_000 },
          record({ id: 'rec-old', startedAt: hoursAgo(30), durationMs: 4_000 }),
        ],
      })),
    });
    const { container } = await renderEntityView(
      <EntityDashboardHealthContent chartWidth={600} />,
      { api },
    );

    const trend = await screen.findByTestId('health-trend');
    // Only the failing check has a critical issue: one critical bar; the line has a point per check.
    await waitFor(() =>
      expect(
        trend.querySelectorAll('.recharts-bar-rectangle path').length,
      ).toBeGreaterThan(0),
    );
    expect(trend.querySelectorAll('.recharts-line-dot')).toHaveLength(2);
    expect(within(trend).getByText('Duration (s)')).toBeInTheDocument();
    expect(container).toHaveTextContent('Not in any policy’s window');
  });
});

import { screen } from '@testing-library/react';
import { mockDashboardHealthApi } from '../center/__testUtils__/fixtures';
import { renderWithApis } from '../center/__testUtils__/renderWithApis';
import { forecast } from '../timeline/__testUtils__/planFixtures';
import { SlotPreview } from './SlotPreview';

jest.setTimeout(30_000);

const window = { start: '01:00', end: '01:10', timezone: 'Europe/Berlin' };

describe('SlotPreview forecast', () => {
  it('asks with the environment and cap, and says beside the slots that the night does not fit', async () => {
    const api = mockDashboardHealthApi({
      previewPlan: jest.fn(async () => ({
        date: '2026-06-02',
        windowStart: '2026-06-01T23:00:00.000Z',
        windowEnd: '2026-06-01T23:10:00.000Z',
        spacingSeconds: 300,
        spacing: 'even' as const,
        slots: [
          {
            entityRef: 'resource:default/a',
            plannedAt: '2026-06-01T23:02:30.000Z',
          },
          {
            entityRef: 'resource:default/b',
            plannedAt: '2026-06-01T23:07:30.000Z',
          },
        ],
        forecast: forecast({
          fits: false,
          dashboards: 2,
          typicalSeconds: 900,
          windowSeconds: 600,
          cap: 1,
          neededSeconds: 1800,
          expectedMissed: 1,
        }),
      })),
    });
    await renderWithApis(
      <SlotPreview
        window={window}
        entityRefs={['resource:default/a', 'resource:default/b']}
        titleOf={ref => ref}
        environment="prod"
        maxConcurrency={1}
        policyId="policy-1"
      />,
      { api },
    );

    expect(await screen.findByTestId('capacity-forecast')).toHaveTextContent(
      '2 dashboards × ~15 min at cap 1 need 30 min; about 1 would be missed — widen the window, raise the cap or split the policy',
    );
    expect(screen.getByTestId('slot-preview')).toHaveTextContent(
      '2 dashboards → one every 5 min',
    );
    expect(api.previewPlan).toHaveBeenCalledWith({
      window,
      entityRefs: ['resource:default/a', 'resource:default/b'],
      environment: 'prod',
      maxConcurrency: 1,
      policyId: 'policy-1',
    });
  });
});

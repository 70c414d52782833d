import { screen } from '@testing-library/react';
import {
  health,
  mockDashboardHealthApi,
  record,
} from './__testUtils__/fixtures';
import { renderEntityView } from './__testUtils__/renderEntityView';
import { EntityDashboardHealthContent } from './EntityDashboardHealthContent';

// Its own file: usePermission caches answers per test file, so denied and allowed cannot share one.
describe('EntityDashboardHealthContent without dashboard-health.run.create', () => {
  it('hides "Run now" but still shows the health', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(record())),
    });
    const { permissionApi } = await renderEntityView(
      <EntityDashboardHealthContent />,
      { api, allowRun: false },
    );

    expect(await screen.findByTestId('health-banner')).toHaveTextContent(
      'All 12 charts render fresh data.',
    );
    expect(permissionApi.authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        permission: expect.objectContaining({
          name: 'dashboard-health.run.create',
        }),
        resourceRef: 'resource:default/superset-prod-42',
      }),
    );
    expect(
      screen.queryByRole('button', { name: 'Run now' }),
    ).not.toBeInTheDocument();
    expect(api.startRun).not.toHaveBeenCalled();
  });
});

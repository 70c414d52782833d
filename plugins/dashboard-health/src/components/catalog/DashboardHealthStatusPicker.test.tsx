import { Entity } from '@backstage/catalog-model';
import { EntityKindFilter } from '@backstage/plugin-catalog-react';
import { MockEntityListContextProvider } from '@backstage/plugin-catalog-react/testUtils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  dashboardEntity,
  healthSummary,
  mockDashboardHealthApi,
  refOf,
} from '../center/__testUtils__/fixtures';
import {
  DashboardHealthEntityFilters,
  DashboardHealthStatusFilter,
} from './DashboardHealthStatusFilter';
import { DashboardHealthStatusPicker } from './DashboardHealthStatusPicker';
import { renderWithHealthApi } from './__testUtils__/renderWithHealthApi';

jest.setTimeout(30_000);

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'billing', namespace: 'default' },
  spec: { type: 'service' },
};
const failing = dashboardEntity('failing');
const passing = dashboardEntity('passing');
const unchecked = dashboardEntity('unchecked');
/** The catalog: more dashboards than the loaded page shows. */
const catalog = [failing, passing, unchecked, component];

function healthApi() {
  return mockDashboardHealthApi({
    getHealthBatch: jest.fn(async () => ({
      items: [
        healthSummary('failing', { status: 'fail' }),
        healthSummary('passing', { status: 'pass' }),
      ],
      unchecked: [{ entityRef: refOf('unchecked'), nextRunAt: null }],
    })),
  });
}

/** The filter of the last `updateFilters` call. */
function lastFilter(
  updateFilters: jest.Mock,
): DashboardHealthStatusFilter | undefined {
  const calls = updateFilters.mock.calls;
  return calls[calls.length - 1]?.[0].dashboardHealth;
}

describe('DashboardHealthStatusPicker', () => {
  it('filters by the picked statuses, with the health of every dashboard in the catalog from one request', async () => {
    const api = healthApi();
    const updateFilters = jest.fn();
    await renderWithHealthApi(
      <MockEntityListContextProvider
        // The loaded page holds one dashboard; the filter must know all of them.
        value={{ backendEntities: [failing, component], updateFilters }}
      >
        <DashboardHealthStatusPicker />
      </MockEntityListContextProvider>,
      api,
      catalog,
    );

    fireEvent.click(screen.getByTestId('dashboard-health-picker-expand'));
    fireEvent.click(screen.getByText('Failing'));
    fireEvent.click(screen.getByText('Never checked'));

    await waitFor(() => {
      const filter = lastFilter(updateFilters);
      expect(filter?.values).toEqual(['fail', 'never']);
      expect(filter?.filterEntity(failing)).toBe(true);
    });
    const filter = lastFilter(updateFilters)!;
    expect(filter.filterEntity(unchecked)).toBe(true);
    expect(filter.filterEntity(passing)).toBe(false);
    expect(filter.filterEntity(component)).toBe(false);

    // The catalog is asked for exactly the matching dashboards (here: all but the one passing), so every
    // page holds only matches.
    expect(filter.getCatalogQuery()).toMatchObject({
      $all: [
        { kind: 'Resource', 'spec.type': 'dashboard' },
        { $not: { $any: [{ 'metadata.name': { $in: ['passing'] } }] } },
      ],
    });
    // Only the dashboards are asked about, all at once.
    expect(api.getHealthBatch).toHaveBeenCalledTimes(1);
    expect(api.getHealthBatch).toHaveBeenCalledWith([
      refOf('failing'),
      refOf('passing'),
      refOf('unchecked'),
    ]);
  });

  it('starts from the statuses in the URL and clears the filter when all are removed', async () => {
    const updateFilters = jest.fn();
    await renderWithHealthApi(
      <MockEntityListContextProvider<DashboardHealthEntityFilters>
        value={{
          backendEntities: [failing, passing],
          queryParameters: { dashboardHealth: ['pass', 'bogus'] },
          updateFilters,
        }}
      >
        <DashboardHealthStatusPicker />
      </MockEntityListContextProvider>,
      healthApi(),
      catalog,
    );

    await waitFor(() =>
      expect(lastFilter(updateFilters)?.filterEntity(passing)).toBe(true),
    );
    expect(lastFilter(updateFilters)?.values).toEqual(['pass']);

    fireEvent.click(screen.getByTestId('dashboard-health-picker-expand'));
    fireEvent.click(screen.getByRole('option', { name: 'Pass' }));
    await waitFor(() =>
      expect(updateFilters).toHaveBeenLastCalledWith({
        dashboardHealth: undefined,
      }),
    );
  });

  it('is shown on the Resource list even when it holds no dashboards', async () => {
    await renderWithHealthApi(
      <MockEntityListContextProvider
        value={{
          backendEntities: [],
          filters: { kind: new EntityKindFilter('resource', 'Resource') },
        }}
      >
        <DashboardHealthStatusPicker />
      </MockEntityListContextProvider>,
      healthApi(),
    );
    expect(screen.getByText('Dashboard health')).toBeInTheDocument();
  });

  it('stays out of lists without dashboards', async () => {
    const api = healthApi();
    await renderWithHealthApi(
      <MockEntityListContextProvider
        value={{
          backendEntities: [component],
          filters: { kind: new EntityKindFilter('component', 'Component') },
        }}
      >
        <DashboardHealthStatusPicker />
      </MockEntityListContextProvider>,
      api,
    );
    expect(screen.queryByText('Dashboard health')).not.toBeInTheDocument();
    expect(api.getHealthBatch).not.toHaveBeenCalled();
  });

  it('loads no health until a status is picked', async () => {
    const api = healthApi();
    await renderWithHealthApi(
      <MockEntityListContextProvider value={{ backendEntities: [failing] }}>
        <DashboardHealthStatusPicker />
      </MockEntityListContextProvider>,
      api,
      catalog,
    );
    expect(await screen.findByText('Dashboard health')).toBeInTheDocument();
    expect(api.getHealthBatch).not.toHaveBeenCalled();
  });

  it('says when health cannot be loaded', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => {
        throw new Error('backend down');
      }),
    });
    await renderWithHealthApi(
      <MockEntityListContextProvider<DashboardHealthEntityFilters>
        value={{
          backendEntities: [failing],
          queryParameters: { dashboardHealth: ['fail'] },
        }}
      >
        <DashboardHealthStatusPicker />
      </MockEntityListContextProvider>,
      api,
      catalog,
    );
    expect(
      await screen.findByText('Health unavailable: backend down'),
    ).toBeInTheDocument();
  });
});

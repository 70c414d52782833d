import { Entity } from '@backstage/catalog-model';
import { TableColumn } from '@backstage/core-components';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  dashboardEntity,
  healthSummary,
  mockDashboardHealthApi,
  refOf,
} from '../center/__testUtils__/fixtures';
import { createDashboardHealthColumn } from './createDashboardHealthColumn';
import { HealthStatusCell } from './HealthStatusCell';
import { renderWithHealthApi } from './__testUtils__/renderWithHealthApi';

jest.setTimeout(30_000);

/** The shape of @backstage/plugin-catalog's CatalogTableRow, which this package does not depend on. */
interface CatalogTableRowShape {
  entity: Entity;
  resolved: {
    name: string;
    entityRef: string;
    partOfSystemRelations: [];
    ownedByRelations: [];
  };
}

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'billing', namespace: 'default' },
  spec: { type: 'service', owner: 'group:default/data-team' },
};

describe('HealthStatusCell', () => {
  it('loads the health of 50 rows with one batch request', async () => {
    const names = Array.from({ length: 50 }, (_, i) => `dashboard-${i}`);
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async (refs: string[]) => ({
        items: refs.map(ref =>
          healthSummary(ref.split('/')[1], {
            status: 'fail',
            topIssue: 'Chart fails',
          }),
        ),
        unchecked: [],
      })),
    });

    await renderWithHealthApi(
      <>
        {names.map(name => (
          <HealthStatusCell key={name} entity={dashboardEntity(name)} />
        ))}
      </>,
      api,
    );

    await waitFor(() =>
      expect(screen.getAllByTestId('status-fail')).toHaveLength(50),
    );
    expect(api.getHealthBatch).toHaveBeenCalledTimes(1);
    expect(api.getHealthBatch.mock.calls[0][0]).toHaveLength(50);
    expect(new Set(api.getHealthBatch.mock.calls[0][0])).toEqual(
      new Set(names.map(refOf)),
    );
  });

  it('shows the top issue when hovering the status', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => ({
        items: [
          healthSummary('sales', {
            status: 'warn',
            topIssue: 'Chart 7 is stale',
          }),
        ],
        unchecked: [],
      })),
    });
    await renderWithHealthApi(
      <HealthStatusCell entity={dashboardEntity('sales')} />,
      api,
    );

    fireEvent.mouseOver(await screen.findByTestId('status-warn'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'Chart 7 is stale',
    );
  });

  it('renders nothing and asks nothing for an entity that is no dashboard', async () => {
    const api = mockDashboardHealthApi();
    await renderWithHealthApi(
      <div data-testid="cell">
        <HealthStatusCell entity={component} />
      </div>,
      api,
    );

    expect(screen.getByTestId('cell')).toBeEmptyDOMElement();
    await new Promise(resolve => setTimeout(resolve, 30));
    expect(api.getHealthBatch).not.toHaveBeenCalled();
  });

  it('shows a dash, not an error, when health cannot be loaded', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => {
        throw new Error('backend down');
      }),
    });
    await renderWithHealthApi(
      <HealthStatusCell entity={dashboardEntity('sales')} />,
      api,
    );

    expect(await screen.findByText('—')).toBeInTheDocument();
    expect(screen.queryByTestId(/^status-/)).not.toBeInTheDocument();
  });
});

describe('createDashboardHealthColumn', () => {
  it('is a catalog table column that renders the health cell of the row', async () => {
    // Typed against the catalog row shape: this line fails `yarn tsc` if the column does not fit.
    const column: TableColumn<CatalogTableRowShape> =
      createDashboardHealthColumn();
    expect(column).toMatchObject({
      title: 'Health',
      sorting: false,
      searchable: false,
    });

    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => ({
        items: [],
        unchecked: [{ entityRef: refOf('sales'), nextRunAt: null }],
      })),
    });
    const row = {
      entity: dashboardEntity('sales'),
      resolved: {
        name: 'sales',
        entityRef: refOf('sales'),
        partOfSystemRelations: [],
        ownedByRelations: [],
      },
    } as CatalogTableRowShape;
    await renderWithHealthApi(<>{column.render!(row, 'row')}</>, api);

    expect(await screen.findByTestId('status-never')).toHaveTextContent(
      'Never checked',
    );
  });
});

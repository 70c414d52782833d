import { Entity } from '@backstage/catalog-model';
import {
  catalogApiRef,
  EntityKindFilter,
  EntityListProvider,
  useEntityList,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { dashboardHealthApiRef } from '../../api';
import {
  dashboardEntity,
  healthSummary,
  mockDashboardHealthApi,
  refOf,
} from '../center/__testUtils__/fixtures';
import { DashboardHealthStatusPicker } from './DashboardHealthStatusPicker';

jest.setTimeout(60_000);

/**
 * Filtering takes several round trips (every dashboard from the catalog, their health, the filtered
 * query), each behind a debounce; on a busy machine that outlasts waitFor's default second.
 */
const SLOW = { timeout: 15_000 };

/** Stands in for the kind picker: the list loads nothing until some filter is set. */
function ResourceKind() {
  const { updateFilters } = useEntityList();
  useEffect(() => {
    updateFilters({ kind: new EntityKindFilter('resource', 'Resource') });
  }, [updateFilters]);
  return null;
}

function EntityNames() {
  const { entities, loading, totalItems } = useEntityList();
  if (loading) return null;
  return (
    <ul aria-label="entities" data-total={totalItems}>
      {entities.map(e => (
        <li key={e.metadata.name}>{e.metadata.name}</li>
      ))}
    </ul>
  );
}

const listedNames = () =>
  [...screen.getByRole('list', { name: 'entities' }).children].map(
    li => li.textContent,
  );

describe('DashboardHealthStatusPicker in the catalog list', () => {
  it('narrows the real entity list to the picked statuses', async () => {
    const other: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: { name: 'bucket', namespace: 'default' },
      spec: { type: 's3-bucket' },
    };
    const entities = [
      dashboardEntity('failing'),
      dashboardEntity('passing'),
      other,
    ];
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => ({
        items: [
          healthSummary('failing', { status: 'fail' }),
          healthSummary('passing', { status: 'pass' }),
        ],
        unchecked: [],
      })),
    });

    await renderInTestApp(
      <TestApiProvider
        apis={[
          [catalogApiRef, catalogApiMock({ entities })],
          [dashboardHealthApiRef, api],
        ]}
      >
        <EntityListProvider>
          <ResourceKind />
          <DashboardHealthStatusPicker />
          <EntityNames />
        </EntityListProvider>
      </TestApiProvider>,
    );

    const list = await screen.findByRole('list', { name: 'entities' });
    await waitFor(() => expect(list.children).toHaveLength(3));

    fireEvent.click(screen.getByTestId('dashboard-health-picker-expand'));
    fireEvent.click(screen.getByText('Failing'));

    await waitFor(() => expect(listedNames()).toEqual(['failing']), SLOW);
    expect(api.getHealthBatch).toHaveBeenCalledTimes(1);
    expect(api.getHealthBatch).toHaveBeenCalledWith([
      refOf('failing'),
      refOf('passing'),
    ]);
  });

  it('with server-side pagination, pages through the matching dashboards only', async () => {
    const statuses = {
      'a-failing': 'fail',
      'b-passing': 'pass',
      'c-warning': 'warn',
      'd-failing': 'fail',
      'e-passing': 'pass',
    } as const;
    const entities = Object.keys(statuses).map(name => dashboardEntity(name));
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => ({
        items: Object.entries(statuses).map(([name, status]) =>
          healthSummary(name, { status }),
        ),
        unchecked: [],
      })),
    });
    const total = () =>
      screen.getByRole('list', { name: 'entities' }).getAttribute('data-total');

    await renderInTestApp(
      <TestApiProvider
        apis={[
          [catalogApiRef, catalogApiMock({ entities })],
          [dashboardHealthApiRef, api],
        ]}
      >
        <EntityListProvider pagination={{ mode: 'offset', limit: 2 }}>
          <ResourceKind />
          <DashboardHealthStatusPicker />
          <EntityNames />
        </EntityListProvider>
      </TestApiProvider>,
    );
    await waitFor(
      () => expect(listedNames()).toEqual(['a-failing', 'b-passing']),
      SLOW,
    );

    fireEvent.click(screen.getByTestId('dashboard-health-picker-expand'));
    fireEvent.click(screen.getByRole('option', { name: 'Failing' }));

    // d-failing sits on the unfiltered second page; the filtered first page holds it.
    await waitFor(
      () => expect(listedNames()).toEqual(['a-failing', 'd-failing']),
      SLOW,
    );
    await waitFor(() => expect(total()).toBe('2'), SLOW);

    // Three of five match: the query names the two others instead, with the same result.
    fireEvent.click(screen.getByRole('option', { name: 'Warning' }));
    await waitFor(
      () => expect(listedNames()).toEqual(['a-failing', 'c-warning']),
      SLOW,
    );
    await waitFor(() => expect(total()).toBe('3'), SLOW);
  });
});

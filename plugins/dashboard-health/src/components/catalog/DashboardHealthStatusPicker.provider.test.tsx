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

jest.setTimeout(30_000);

/** Stands in for the kind picker: the list loads nothing until some filter is set. */
function ResourceKind() {
  const { updateFilters } = useEntityList();
  useEffect(() => {
    updateFilters({ kind: new EntityKindFilter('resource', 'Resource') });
  }, [updateFilters]);
  return null;
}

function EntityNames() {
  const { entities, loading } = useEntityList();
  if (loading) return null;
  return (
    <ul aria-label="entities">
      {entities.map(e => (
        <li key={e.metadata.name}>{e.metadata.name}</li>
      ))}
    </ul>
  );
}

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

    await waitFor(() =>
      expect(
        [...screen.getByRole('list', { name: 'entities' }).children].map(
          li => li.textContent,
        ),
      ).toEqual(['failing']),
    );
    expect(api.getHealthBatch).toHaveBeenCalledTimes(1);
    expect(api.getHealthBatch).toHaveBeenCalledWith([
      refOf('failing'),
      refOf('passing'),
    ]);
  });
});

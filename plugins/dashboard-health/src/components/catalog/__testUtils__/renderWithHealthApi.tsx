import { Entity } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ReactNode } from 'react';
import { DashboardHealthApi, dashboardHealthApiRef } from '../../../api';

/**
 * Renders catalog pieces in a test app with the two APIs they call: dashboard-health's, and the catalog
 * holding `catalogEntities` (the status filter reads every dashboard from it).
 */
export function renderWithHealthApi(
  element: ReactNode,
  api: DashboardHealthApi,
  catalogEntities: Entity[] = [],
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [dashboardHealthApiRef, api],
        [catalogApiRef, catalogApiMock({ entities: catalogEntities })],
      ]}
    >
      {element}
    </TestApiProvider>,
  );
}

import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ReactNode } from 'react';
import { DashboardHealthApi, dashboardHealthApiRef } from '../../../api';

/** Renders catalog pieces in a test app with only the dashboard-health API, the one they call. */
export function renderWithHealthApi(
  element: ReactNode,
  api: DashboardHealthApi,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[dashboardHealthApiRef, api]]}>
      {element}
    </TestApiProvider>,
  );
}

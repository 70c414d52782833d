import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReactElement } from 'react';
import { Route, Routes } from 'react-router-dom';
import { dashboardHealthApiRef } from '../../api';
import { rootRouteRef } from '../../routes';
import {
  dashboardEntity,
  mockDashboardHealthApi,
  policy,
} from '../center/__testUtils__/fixtures';
import { mockPermissionApi } from '../center/__testUtils__/renderWithApis';
import { HealthCenterPage } from '../HealthCenterPage';
import {
  forecast,
  plan,
  slot,
  WINDOW_END,
  WINDOW_START,
} from '../timeline/__testUtils__/planFixtures';
import { PolicyPage } from './PolicyPage';

jest.setTimeout(30_000);

const entities = [
  dashboardEntity('sales-overview', { title: 'Sales Overview' }),
  dashboardEntity('web-traffic', { title: 'Web Traffic' }),
  dashboardEntity('ops-latency', { title: 'Ops Latency' }),
];

async function renderAt(
  path: string,
  element: ReactElement,
  api: ReturnType<typeof mockDashboardHealthApi>,
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [catalogApiRef, catalogApiMock({ entities })],
        [dashboardHealthApiRef, api],
        [permissionApiRef, mockPermissionApi(true)],
      ]}
    >
      <Routes>
        <Route path="/dashboard-health/*" element={element} />
      </Routes>
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/dashboard-health': rootRouteRef,
      },
    },
  );
}

function apiWith(planAnswer = plan()) {
  return mockDashboardHealthApi({
    getPolicy: jest.fn(async () => policy()),
    getPolicyPlan: jest.fn(async () => planAnswer),
  });
}

const pageAtWidth = (
  <Routes>
    <Route path="/policies/:id" element={<PolicyPage chartWidth={900} />} />
  </Routes>
);

describe('PolicyPage', () => {
  it('is routed below the Health Center at /dashboard-health/policies/:id', async () => {
    const api = apiWith();
    await renderAt(
      '/dashboard-health/policies/policy-1',
      <HealthCenterPage />,
      api,
    );
    expect(
      await screen.findByRole('heading', { name: 'Nightly prod' }),
    ).toBeInTheDocument();
    expect(api.getPolicyPlan).toHaveBeenCalledWith('policy-1', undefined);
  });

  it('draws one planned mark per slot, a run bar per started run and the forecast', async () => {
    const api = apiWith();
    const { container } = await renderAt(
      '/dashboard-health/policies/policy-1',
      pageAtWidth,
      api,
    );
    expect(await screen.findByTestId('timeline-summary')).toHaveTextContent(
      '3 slots · 2 ran · 1 late · peak 1 at once (cap 2)',
    );
    await waitFor(() =>
      expect(
        container.querySelectorAll('.timeline-planned .recharts-bar-rectangle'),
      ).toHaveLength(3),
    );
    expect(
      container.querySelectorAll('.timeline-run .recharts-bar-rectangle path'),
    ).toHaveLength(2);
    expect(screen.getByTestId('capacity-forecast')).toHaveTextContent(
      '15 dashboards × ~40 s at cap 2',
    );
    // The same slots as a table, each linking to its Health tab.
    await userEvent.click(
      screen.getByRole('button', { name: 'Slots of 2026-06-02 as a table' }),
    );
    expect(screen.getByRole('link', { name: 'Web Traffic' })).toHaveAttribute(
      'href',
      '/catalog/default/resource/web-traffic/dashboard-health',
    );
  });

  it('asks for the chosen date’s plan', async () => {
    const api = apiWith();
    await renderAt('/dashboard-health/policies/policy-1', pageAtWidth, api);
    const date = await screen.findByLabelText('Window date');
    fireEvent.change(date, { target: { value: '2026-06-05' } });
    await waitFor(() =>
      expect(api.getPolicyPlan).toHaveBeenLastCalledWith(
        'policy-1',
        '2026-06-05',
      ),
    );
  });

  it('says when a date has no plan', async () => {
    const api = apiWith(
      plan({
        planned: false,
        slots: [],
        windowStart: null,
        windowEnd: null,
        forecast: null,
      }),
    );
    await renderAt('/dashboard-health/policies/policy-1', pageAtWidth, api);
    expect(await screen.findByText('Not planned (yet)')).toBeInTheDocument();
  });

  it('starts "Validate now", reloads the plan and draws the batch on its own timeline', async () => {
    const batch = {
      requestedAt: WINDOW_START,
      windowStart: WINDOW_START,
      windowEnd: WINDOW_END,
      slots: [
        slot({ trigger: 'manual' }),
        slot({ runId: 'run-9', trigger: 'manual' }),
      ],
    };
    const api = apiWith();
    api.validateNow.mockResolvedValue({
      ...batch,
      policyId: 'policy-1',
      spacing: 'even',
      forecast: forecast(),
    });
    await renderAt('/dashboard-health/policies/policy-1', pageAtWidth, api);
    api.getPolicyPlan.mockResolvedValue(plan({ validateNow: batch }));

    await userEvent.click(
      await screen.findByRole('button', { name: 'Validate now' }),
    );

    expect(api.validateNow).toHaveBeenCalledWith('policy-1');
    expect(await screen.findByTestId('validate-now-started')).toHaveTextContent(
      '2 dashboards spread over',
    );
    expect(
      await screen.findByText(/^Validate now, requested/),
    ).toBeInTheDocument();
    expect(screen.getAllByTestId('policy-timeline')).toHaveLength(2);
  });
});

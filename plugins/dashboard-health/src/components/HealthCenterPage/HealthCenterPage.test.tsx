import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  dashboardEntity,
  healthSummary,
  mockDashboardHealthApi,
  policy,
} from '../center/__testUtils__/fixtures';
import { renderWithApis } from '../center/__testUtils__/renderWithApis';
import { HealthCenterPage } from './HealthCenterPage';

jest.setTimeout(30_000);

describe('HealthCenterPage', () => {
  it('shows the dashboards first and the policies on their tab', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => ({
        items: [healthSummary('sales-overview', { status: 'fail' })],
        unchecked: [],
      })),
      listPolicies: jest.fn(async () => [policy()]),
    });
    await renderWithApis(<HealthCenterPage />, {
      api,
      entities: [
        dashboardEntity('sales-overview', { title: 'Sales Overview' }),
      ],
    });

    expect(
      screen.getByRole('heading', { name: 'Dashboard Health' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Sales Overview')).toBeInTheDocument();
    expect(api.listPolicies).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('tab', { name: 'Policies' }));

    expect(await screen.findByText('Nightly prod')).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Dashboards' }),
    ).not.toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import {
  dashboardEntity,
  mockDashboardHealthApi,
  policy,
} from '../center/__testUtils__/fixtures';
import { renderWithApis } from '../center/__testUtils__/renderWithApis';
import { PoliciesView } from './PoliciesView';

// Its own file: usePermission caches answers per test file, so each set of decisions needs one.
describe('PoliciesView with only dashboard-health.policy.create', () => {
  it('offers New policy but neither Edit nor Delete', async () => {
    const api = mockDashboardHealthApi({
      listPolicies: jest.fn(async () => [policy()]),
    });
    await renderWithApis(<PoliciesView />, {
      api,
      entities: [dashboardEntity('sales-overview')],
      allow: name => name === 'dashboard-health.policy.create',
    });

    // New policy showing proves the permission answers are in before checking what is hidden.
    expect(
      await screen.findByRole('button', { name: 'New policy' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Nightly prod')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Edit Nightly prod' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Delete Nightly prod' }),
    ).not.toBeInTheDocument();
    // Without edit or delete there is no actions column at all.
    expect(screen.queryByText('Actions')).not.toBeInTheDocument();
  });
});

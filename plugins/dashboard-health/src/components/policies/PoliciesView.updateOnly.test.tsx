import { screen } from '@testing-library/react';
import {
  dashboardEntity,
  mockDashboardHealthApi,
  policy,
} from '../center/__testUtils__/fixtures';
import { renderWithApis } from '../center/__testUtils__/renderWithApis';
import { PoliciesView } from './PoliciesView';

// Its own file: usePermission caches answers per test file, so each set of decisions needs one.
describe('PoliciesView with only dashboard-health.policy.update', () => {
  it('offers Edit but neither New policy nor Delete', async () => {
    const api = mockDashboardHealthApi({
      listPolicies: jest.fn(async () => [policy()]),
    });
    const asked: string[] = [];
    await renderWithApis(<PoliciesView />, {
      api,
      entities: [dashboardEntity('sales-overview')],
      allow: name => {
        asked.push(name);
        return name === 'dashboard-health.policy.update';
      },
    });

    // Edit showing proves the permission answers are in before checking what is hidden.
    expect(
      await screen.findByRole('button', { name: 'Edit Nightly prod' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'New policy' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Delete Nightly prod' }),
    ).not.toBeInTheDocument();
    expect([...new Set(asked)].sort()).toEqual([
      'dashboard-health.policy.create',
      'dashboard-health.policy.delete',
      'dashboard-health.policy.update',
    ]);
  });
});

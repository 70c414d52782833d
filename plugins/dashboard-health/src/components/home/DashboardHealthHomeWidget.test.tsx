import { screen, within } from '@testing-library/react';
import {
  dashboardEntity,
  healthSummary,
  mockDashboardHealthApi,
  refOf,
  responseError,
} from '../center/__testUtils__/fixtures';
import { renderWithApis } from '../center/__testUtils__/renderWithApis';
import { DashboardHealthHomeWidget } from './DashboardHealthHomeWidget';

jest.setTimeout(30_000);

const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const entities = names.map(name =>
  dashboardEntity(name, { title: `Dashboard ${name.toUpperCase()}` }),
);
const at = (time: string) => `2026-06-01T${time}:00.000Z`;
const counts = (critical: number) => ({ critical, warning: 1, info: 0 });

const batch = {
  items: [
    healthSummary('a', {
      status: 'fail',
      issueCounts: counts(1),
      lastCheckedAt: at('03:00'),
    }),
    healthSummary('b', {
      status: 'fail',
      issueCounts: counts(3),
      lastCheckedAt: at('05:00'),
    }),
    healthSummary('c', {
      status: 'error',
      issueCounts: counts(0),
      lastCheckedAt: at('04:00'),
    }),
    healthSummary('d', {
      status: 'warn',
      issueCounts: counts(0),
      lastCheckedAt: at('01:00'),
    }),
    healthSummary('e', {
      status: 'warn',
      issueCounts: counts(0),
      lastCheckedAt: at('02:00'),
    }),
    healthSummary('f', {
      status: 'fail',
      issueCounts: counts(1),
      lastCheckedAt: at('01:00'),
      topIssue: 'Chart 7 fails',
    }),
    healthSummary('g', { status: 'pass' }),
  ],
  unchecked: [{ entityRef: refOf('h'), nextRunAt: null }],
};

describe('DashboardHealthHomeWidget', () => {
  it('counts dashboards by status and lists the worst five in order', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => batch),
    });
    await renderWithApis(<DashboardHealthHomeWidget />, { api, entities });

    const list = await screen.findByRole('list', { name: 'Worst dashboards' });
    const countRows = within(
      screen.getByRole('table', { name: 'Dashboards by status' }),
    ).getAllByRole('row');
    expect(countRows.map(row => row.textContent)).toEqual([
      'Failing3',
      'Error1',
      'Warning2',
      'Never checked1',
      'Pass1',
    ]);

    // Failing before error before warning; then most critical issues; then the oldest check.
    expect(
      within(list)
        .getAllByRole('link')
        .map(link => link.textContent),
    ).toEqual([
      'Dashboard B',
      'Dashboard F',
      'Dashboard A',
      'Dashboard C',
      'Dashboard D',
    ]);
    expect(within(list).getByText('Chart 7 fails')).toBeInTheDocument();
    expect(
      within(list).getByRole('link', { name: 'Dashboard B' }),
    ).toHaveAttribute('href', '/catalog/default/resource/b/dashboard-health');
    expect(
      screen.getByRole('link', { name: 'Open the Health Center' }),
    ).toHaveAttribute('href', '/dashboard-health');
  });

  it('says Dashboard Health is unavailable when the backend fails', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => {
        throw await responseError(503, 'Service Unavailable');
      }),
    });
    await renderWithApis(<DashboardHealthHomeWidget />, { api, entities });

    expect(
      await screen.findByText(
        'Error: Dashboard Health is unavailable: Service Unavailable',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('says so when the catalog has no dashboards', async () => {
    const api = mockDashboardHealthApi();
    await renderWithApis(<DashboardHealthHomeWidget />, { api, entities: [] });

    expect(
      await screen.findByText('No Superset dashboards in the catalog yet.'),
    ).toBeInTheDocument();
    expect(api.getHealthBatch).not.toHaveBeenCalled();
  });
});

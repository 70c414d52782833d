import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  dashboardEntity,
  healthSummary,
  mockDashboardHealthApi,
  refOf,
  responseError,
} from './__testUtils__/fixtures';
import { renderWithApis } from './__testUtils__/renderWithApis';
import { DashboardsView } from './DashboardsView';

// Full MUI renders with user-event interactions in jsdom take seconds, more than jest's default 5 s.
jest.setTimeout(30_000);

const entities = [
  dashboardEntity('sales-overview', {
    title: 'Sales Overview',
    environment: 'prod',
    owner: 'group:default/data-team',
  }),
  dashboardEntity('marketing-funnel', {
    title: 'Marketing Funnel',
    environment: 'prod',
    owner: 'group:default/growth',
  }),
  dashboardEntity('ops-latency', {
    title: 'Ops Latency',
    environment: 'staging',
    owner: 'data-team',
  }),
  dashboardEntity('new-dashboard', {
    title: 'New Dashboard',
    environment: 'staging',
    owner: 'group:default/growth',
  }),
];

function batch() {
  return {
    items: [
      healthSummary('sales-overview', {
        status: 'fail',
        issueCounts: { critical: 2, warning: 1, info: 0 },
        topIssue: "Chart 'Revenue' fails: column missing",
      }),
      healthSummary('marketing-funnel', {
        status: 'warn',
        issueCounts: { critical: 0, warning: 3, info: 1 },
        topIssue: 'Data is 3 days old',
      }),
      healthSummary('ops-latency', { environment: 'staging' }),
      // Deleted from Superset, so gone from the catalog; its old health must not resurface.
      healthSummary('deleted-dashboard', { status: 'fail' }),
    ],
    unchecked: [
      {
        entityRef: refOf('new-dashboard'),
        nextRunAt: '2026-06-02T01:30:00.000Z',
      },
    ],
  };
}

function dataRows(): HTMLElement[] {
  const table = screen.getByRole('table', { name: 'Dashboards' });
  // The first row is the header.
  return within(table).getAllByRole('row').slice(1);
}

function rowTitles(): string[] {
  return dataRows().map(
    row => within(row).getAllByRole('cell')[1].textContent!,
  );
}

function rowOf(title: string): HTMLElement {
  return screen.getByText(title).closest('tr')!;
}

async function renderCenter() {
  const api = mockDashboardHealthApi({
    getHealthBatch: jest.fn(async () => batch()),
  });
  await renderWithApis(<DashboardsView />, { api, entities });
  await screen.findByText('Sales Overview');
  return api;
}

describe('DashboardsView', () => {
  it('asks the catalog for dashboards with only the needed fields', async () => {
    const catalogApi = catalogApiMock.mock({
      getEntities: jest.fn(async () => ({ items: entities })),
    });
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => batch()),
    });
    await renderWithApis(<DashboardsView />, { api, catalogApi });
    await screen.findByText('Sales Overview');

    expect(catalogApi.getEntities).toHaveBeenCalledTimes(1);
    expect(catalogApi.getEntities).toHaveBeenCalledWith({
      filter: { kind: 'Resource', 'spec.type': 'dashboard' },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'metadata.title',
        'metadata.annotations',
        'spec.owner',
        'spec.type',
      ],
    });
  });

  it('joins each catalog dashboard with its health in one batch call', async () => {
    const api = await renderCenter();

    expect(api.getHealthBatch).toHaveBeenCalledTimes(1);
    expect([...api.getHealthBatch.mock.calls[0][0]].sort()).toEqual(
      [
        refOf('marketing-funnel'),
        refOf('new-dashboard'),
        refOf('ops-latency'),
        refOf('sales-overview'),
      ].sort(),
    );

    const sales = rowOf('Sales Overview');
    expect(within(sales).getByTestId('status-fail')).toHaveTextContent(
      'Failing',
    );
    expect(sales).toHaveTextContent('prod');
    expect(sales).toHaveTextContent('data-team');
    expect(sales).toHaveTextContent('2 critical, 1 warning');
    expect(sales).toHaveTextContent("Chart 'Revenue' fails: column missing");
    expect(
      within(sales).getByRole('link', { name: 'Sales Overview' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/resource/sales-overview/dashboard-health',
    );

    const ops = rowOf('Ops Latency');
    expect(within(ops).getByTestId('status-pass')).toBeInTheDocument();
    expect(ops).toHaveTextContent('staging');
    expect(ops).toHaveTextContent('none');
  });

  it('shows never-checked dashboards as such, with their next check', async () => {
    await renderCenter();

    const fresh = rowOf('New Dashboard');
    expect(within(fresh).getByTestId('status-never')).toHaveTextContent(
      'Never checked',
    );
    const cells = within(fresh).getAllByRole('cell');
    expect(cells[4]).toHaveTextContent('—'); // issues
    expect(cells[6]).toHaveTextContent('never'); // last check
    expect(cells[7]).not.toHaveTextContent('not planned'); // next check
  });

  it('does not show health of dashboards that are no longer in the catalog', async () => {
    await renderCenter();

    expect(dataRows()).toHaveLength(4);
    expect(screen.queryByText(/deleted-dashboard/)).not.toBeInTheDocument();
    expect(
      screen
        .getAllByRole('link')
        .some(link => link.getAttribute('href')?.includes('deleted-dashboard')),
    ).toBe(false);
  });

  it('filters by environment, owner, status and text', async () => {
    await renderCenter();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Environment'), 'staging');
    expect(rowTitles().sort()).toEqual(['New Dashboard', 'Ops Latency']);

    await user.selectOptions(
      screen.getByLabelText('Owner'),
      'group:default/growth',
    );
    expect(rowTitles()).toEqual(['New Dashboard']);

    await user.selectOptions(screen.getByLabelText('Environment'), '');
    await user.selectOptions(screen.getByLabelText('Owner'), '');
    await user.selectOptions(screen.getByLabelText('Status'), 'never');
    expect(rowTitles()).toEqual(['New Dashboard']);

    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.type(screen.getByLabelText('Search'), 'column missing');
    expect(rowTitles()).toEqual(['Sales Overview']);

    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'FUNNEL');
    expect(rowTitles()).toEqual(['Marketing Funnel']);

    await user.type(screen.getByLabelText('Search'), ' nothing like it');
    expect(
      screen.getByText('No dashboards match these filters.'),
    ).toBeInTheDocument();
  });

  it('sorts worst first and by any column on request', async () => {
    await renderCenter();
    const user = userEvent.setup();

    expect(rowTitles()).toEqual([
      'Sales Overview',
      'Marketing Funnel',
      'New Dashboard',
      'Ops Latency',
    ]);

    await user.click(screen.getByRole('button', { name: 'Dashboard' }));
    expect(rowTitles()).toEqual([
      'Marketing Funnel',
      'New Dashboard',
      'Ops Latency',
      'Sales Overview',
    ]);

    await user.click(screen.getByRole('button', { name: 'Dashboard' }));
    expect(rowTitles()).toEqual([
      'Sales Overview',
      'Ops Latency',
      'New Dashboard',
      'Marketing Funnel',
    ]);

    // Never-checked rows have no issue counts and stay last in both directions.
    await user.click(screen.getByRole('button', { name: 'Issues' }));
    expect(rowTitles()).toEqual([
      'Ops Latency',
      'Marketing Funnel',
      'Sales Overview',
      'New Dashboard',
    ]);
    await user.click(screen.getByRole('button', { name: 'Issues' }));
    expect(rowTitles()).toEqual([
      'Sales Overview',
      'Marketing Funnel',
      'Ops Latency',
      'New Dashboard',
    ]);
  });

  it('pages 10,000 dashboards, rendering one page at a time', async () => {
    const statuses = ['pass', 'warn', 'fail', 'error'] as const;
    const many = Array.from({ length: 10_000 }, (_, i) =>
      dashboardEntity(`dash-${i}`, {
        title: `Dashboard ${i}`,
        environment: i % 2 ? 'prod' : 'staging',
      }),
    );
    const catalogApi = catalogApiMock.mock({
      getEntities: jest.fn(async () => ({ items: many })),
    });
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async (refs: string[]) => ({
        items: refs.map((ref, i) =>
          healthSummary(ref.replace('resource:default/', ''), {
            status: statuses[i % 4],
          }),
        ),
        unchecked: [],
      })),
    });
    await renderWithApis(<DashboardsView />, { api, catalogApi });
    // Worst first: the first page is all failing dashboards.
    await screen.findAllByTestId('status-fail');
    const user = userEvent.setup();

    expect(api.getHealthBatch).toHaveBeenCalledTimes(1);
    expect(dataRows()).toHaveLength(25);
    expect(screen.getByText('1-25 of 10000')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'fail');
    expect(dataRows()).toHaveLength(25);
    expect(screen.getByText('1-25 of 2500')).toBeInTheDocument();
    expect(screen.getAllByTestId('status-fail')).toHaveLength(25);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText('26-50 of 2500')).toBeInTheDocument();

    // A filter change answers from the memoised rows and starts again at the first page.
    await user.selectOptions(screen.getByLabelText('Status'), 'error');
    await user.click(screen.getByLabelText('Search'));
    await user.paste('Dashboard 9999');
    expect(rowTitles()).toEqual(['Dashboard 9999']);
    expect(screen.getByText('1-1 of 1')).toBeInTheDocument();
  });

  it('says Dashboard Health is unavailable when the backend fails', async () => {
    const api = mockDashboardHealthApi({
      getHealthBatch: jest.fn(async () => {
        throw await responseError(503, 'connect ECONNREFUSED 127.0.0.1:7007');
      }),
    });
    await renderWithApis(<DashboardsView />, { api, entities });

    // WarningPanel puts its severity ("Error: ") before the title.
    expect(
      await screen.findByText(
        'Error: Dashboard Health is unavailable: connect ECONNREFUSED 127.0.0.1:7007',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Dashboards' }),
    ).not.toBeInTheDocument();
  });

  it('explains an empty catalog without asking for health', async () => {
    const api = mockDashboardHealthApi();
    await renderWithApis(<DashboardsView />, { api, entities: [] });

    expect(
      await screen.findByText('No Superset dashboards in the catalog'),
    ).toBeInTheDocument();
    expect(api.getHealthBatch).not.toHaveBeenCalled();
  });
});

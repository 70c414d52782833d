import { screen, within } from '@testing-library/react';
import { formatInstant } from '../shared';
import {
  ENTITY_REF,
  errorRecord,
  failingRecord,
  health,
  hoursAgo,
  mockDashboardHealthApi,
  nightlyRun,
  record,
} from './__testUtils__/fixtures';
import { renderEntityView } from './__testUtils__/renderEntityView';
import { EntityDashboardHealthCard } from './EntityDashboardHealthCard';

const render = (
  api: ReturnType<typeof mockDashboardHealthApi>,
  tabPath?: string,
) => renderEntityView(<EntityDashboardHealthCard tabPath={tabPath} />, { api });

const TAB_LINK = /View health details/;

describe('EntityDashboardHealthCard', () => {
  it('says a dashboard was never checked and nothing is planned', async () => {
    const api = mockDashboardHealthApi();
    await render(api);

    expect(await screen.findByTestId('status-never')).toHaveTextContent(
      'Never checked',
    );
    expect(
      screen.getByText('This dashboard has not been validated yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('issue-counts')).not.toBeInTheDocument();
    expect(screen.queryByTestId('last-check')).not.toBeInTheDocument();
    expect(screen.getByTestId('next-check')).toHaveTextContent(
      'No check planned',
    );
    expect(api.getHealth).toHaveBeenCalledWith(ENTITY_REF);
  });

  it('shows a pass with zero issues, the last check and the next check', async () => {
    const pass = record();
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(pass, nightlyRun)),
    });
    await render(api);

    expect(await screen.findByTestId('status-pass')).toHaveTextContent('Pass');
    expect(
      screen.getByText('All 12 charts render fresh data.'),
    ).toBeInTheDocument();
    expect(screen.getByTestId('issue-count-critical')).toHaveTextContent(
      '0Critical',
    );
    expect(screen.getByTestId('last-check')).toHaveTextContent(
      `Last check ${formatInstant(pass.finishedAt)}`,
    );
    expect(screen.getByTestId('next-check')).toHaveTextContent(
      `Next check ${formatInstant(
        nightlyRun!.plannedAt,
      )} — window 01:00–05:00 Europe/Berlin, policy Nightly prod`,
    );
  });

  it('counts a failing check’s issues by severity', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(failingRecord)),
    });
    await render(api);

    expect(await screen.findByTestId('status-fail')).toHaveTextContent(
      'Failing',
    );
    const counts = screen.getByTestId('issue-counts');
    expect(
      within(counts).getByTestId('issue-count-critical'),
    ).toHaveTextContent('1Critical');
    expect(within(counts).getByTestId('issue-count-warning')).toHaveTextContent(
      '0Warning',
    );
    expect(within(counts).getByTestId('issue-count-info')).toHaveTextContent(
      '1Info',
    );
  });

  it('says a check that could not be done could not check, with its reason', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(errorRecord)),
    });
    await render(api);

    expect(await screen.findByTestId('status-error')).toHaveTextContent(
      'Error',
    );
    expect(
      screen.getByText(
        'Could not check: Superset could not be reached: connect ECONNREFUSED',
      ),
    ).toHaveAttribute('data-testid', 'latest-summary');
  });

  it('after a check that could not be done, says how the last completed check ended and when', async () => {
    const lastCompleted = record({ id: 'rec-pass', finishedAt: hoursAgo(48) });
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(errorRecord, null, lastCompleted)),
    });
    await render(api);

    expect(await screen.findByTestId('status-error')).toHaveTextContent(
      'Error',
    );
    expect(document.body).toHaveTextContent(
      'Could not check: Superset could not be reached: connect ECONNREFUSED — last completed check: pass, 2 days ago',
    );
    // The instant itself is one hover away.
    expect(
      within(screen.getByTestId('latest-summary')).getByText('2 days ago'),
    ).toHaveAttribute('dateTime', lastCompleted.finishedAt);
  });

  it('shows the LLM review’s summary apart from the checks’ summary', async () => {
    const reviewed = record({
      status: 'warn',
      summary: 'All 12 charts render fresh data.',
      llmSummary: 'Revenue by region double counts returns.',
    });
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(reviewed)),
    });
    await render(api);

    await screen.findByTestId('status-warn');
    // Two lines: the checks' summary alone, and the model's marked as its own.
    expect(
      screen.getByText('LLM review: Revenue by region double counts returns.'),
    ).toHaveAttribute('data-testid', 'llm-summary');
    expect(
      screen.getByText('All 12 charts render fresh data.'),
    ).toHaveAttribute('data-testid', 'latest-summary');
  });

  it('shows no LLM review line for a check without one', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(record())),
    });
    await render(api);

    await screen.findByTestId('status-pass');
    expect(screen.queryByTestId('llm-summary')).not.toBeInTheDocument();
  });

  it('shows progress while loading', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(() => new Promise<never>(() => {})),
    });
    await render(api);

    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByTestId('next-check')).not.toBeInTheDocument();
    // The card itself and its way to the tab stay, so the overview keeps its shape.
    expect(screen.getByText('Dashboard health')).toBeInTheDocument();
  });

  it('says Dashboard Health is unavailable when the backend fails', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => {
        throw new Error('Failed to fetch');
      }),
    });
    await render(api);

    expect(
      await screen.findByText(
        'Error: Dashboard Health is unavailable: Failed to fetch',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('next-check')).not.toBeInTheDocument();
  });

  it('links to the Health tab of the entity page', async () => {
    const api = mockDashboardHealthApi();
    await render(api);

    expect(await screen.findByRole('link', { name: TAB_LINK })).toHaveAttribute(
      'href',
      '/catalog/default/resource/superset-prod-42/dashboard-health',
    );
  });

  it('links to another tab path when told', async () => {
    const api = mockDashboardHealthApi();
    await render(api, '/health');

    expect(await screen.findByRole('link', { name: TAB_LINK })).toHaveAttribute(
      'href',
      '/catalog/default/resource/superset-prod-42/health',
    );
  });
});

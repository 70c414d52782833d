import { ResponseError } from '@backstage/errors';
import { Run } from '@dashboard-health/plugin-dashboard-health-common';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { formatInstant } from '../shared';
import {
  dashboardEntity,
  ENTITY_REF,
  errorRecord,
  failingRecord,
  health,
  hoursAgo,
  mockDashboardHealthApi,
  nightlyRun,
  record,
  run,
  SUPERSET_URL,
} from './__testUtils__/fixtures';
import { renderEntityView } from './__testUtils__/renderEntityView';
import { EntityDashboardHealthContent } from './EntityDashboardHealthContent';

// Every test here may run checks: usePermission caches its answer per test file (SWR), so the
// denied case lives in EntityDashboardHealthContent.denied.test.tsx.
const render = (api: ReturnType<typeof mockDashboardHealthApi>) =>
  renderEntityView(<EntityDashboardHealthContent pollIntervalMs={5} />, {
    api,
    allowRun: true,
  });

/** A promise and the functions that settle it, to hold a mocked call until the test lets it go. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>(r => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('EntityDashboardHealthContent', () => {
  it('says a dashboard that was never checked has not been validated, and nothing is planned', async () => {
    const api = mockDashboardHealthApi();
    await render(api);

    const banner = await screen.findByTestId('health-banner');
    expect(banner).toHaveTextContent('Never checked');
    expect(banner).toHaveTextContent(
      'This dashboard has not been validated yet.',
    );
    expect(screen.getByText('No checks yet')).toBeInTheDocument();
    expect(screen.getByTestId('next-check')).toHaveTextContent(
      'No check planned',
    );
    expect(
      await screen.findByText('No checks in the last 90 days.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('llm-usage')).not.toBeInTheDocument();
    expect(api.getHealth).toHaveBeenCalledWith(ENTITY_REF);
  });

  it('shows a passing check: status, summary, when, how long, LLM usage and the Superset link', async () => {
    const pass = record();
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(pass, nightlyRun)),
      listRecords: jest.fn(async () => ({ items: [pass] })),
    });
    await render(api);

    const banner = await screen.findByTestId('health-banner');
    expect(within(banner).getByTestId('status-pass')).toHaveTextContent('Pass');
    expect(banner).toHaveTextContent('All 12 charts render fresh data.');
    expect(banner).toHaveTextContent(
      `Checked ${formatInstant(pass.finishedAt)} in 3.4 s on prod`,
    );
    expect(banner).toHaveTextContent('12 charts: 0 failed, 0 empty, 0 stale');
    expect(screen.getByTestId('no-issues')).toHaveTextContent(
      'The latest check found no issues.',
    );
    expect(screen.getByTestId('llm-usage')).toHaveTextContent(
      'LLM review by gpt-4o-mini: 1,234 tokens (1,000 prompt + 234 completion)',
    );
    expect(
      screen.getByRole('link', { name: /Open in Superset \(Production\)/ }),
    ).toHaveAttribute('href', SUPERSET_URL);
  });

  it('gives the next check exactly: viewer-zone instant, window in its zone and policy', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(record(), nightlyRun)),
    });
    await render(api);

    expect(await screen.findByTestId('next-check')).toHaveTextContent(
      `Next check ${formatInstant(
        nightlyRun!.plannedAt,
      )} — window 01:00–05:00 Europe/Berlin, policy Nightly prod`,
      { normalizeWhitespace: false },
    );
  });

  it('lists a failing check’s issues, critical first, with a link to the chart in Superset', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(failingRecord)),
    });
    await render(api);

    const banner = await screen.findByTestId('health-banner');
    expect(within(banner).getByTestId('status-fail')).toHaveTextContent(
      'Failing',
    );
    expect(banner).toHaveTextContent('1 of 12 charts fails to load.');
    expect(screen.getByText('Issues (2)')).toBeInTheDocument();

    const chartLink = screen.getByRole('link', { name: /Revenue by region/ });
    expect(chartLink).toHaveAttribute(
      'href',
      'https://superset.example.com/explore/?slice_id=7',
    );
    const rows = screen.getAllByRole('row').slice(1); // the first is the header
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Critical');
    expect(rows[0]).toHaveTextContent(
      'The query fails: column "region" does not exist.',
    );
    expect(rows[0]).toHaveTextContent(
      'Rename the column in the dataset or fix the chart.',
    );
    expect(rows[0]).toHaveTextContent('Check');
    expect(rows[1]).toHaveTextContent('Info');
    expect(rows[1]).toHaveTextContent('Dashboard'); // no chart: about the whole dashboard
    expect(rows[1]).toHaveTextContent('LLM');
  });

  it('shows a check that could not be done as an error, with why the LLM review was skipped', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(errorRecord)),
    });
    await render(api);

    const banner = await screen.findByTestId('health-banner');
    expect(within(banner).getByTestId('status-error')).toHaveTextContent(
      'Error',
    );
    expect(banner).toHaveTextContent(
      'Could not check: Superset could not be reached: connect ECONNREFUSED',
    );
    // Nothing completed before it: nothing to say about a last completed check.
    expect(banner).not.toHaveTextContent('last completed check');
    expect(screen.getByTestId('llm-usage')).toHaveTextContent(
      'LLM review skipped: the validation could not collect facts',
    );
  });

  it('after a check that could not be done, says why and how the last completed check ended and when', async () => {
    const lastCompleted = record({
      id: 'rec-pass',
      finishedAt: hoursAgo(48),
      llmSummary: 'Looks healthy.',
    });
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(errorRecord, null, lastCompleted)),
    });
    await render(api);

    const banner = await screen.findByTestId('health-banner');
    expect(within(banner).getByTestId('status-error')).toHaveTextContent(
      'Error',
    );
    expect(banner).toHaveTextContent(
      'Could not check: Superset could not be reached: connect ECONNREFUSED — last completed check: pass, 2 days ago',
    );
    // The LLM review belongs to the completed check, not to the one that could not be done.
    expect(screen.queryByTestId('llm-summary')).not.toBeInTheDocument();
  });

  it('shows the LLM review’s summary apart from the checks’ summary', async () => {
    const reviewed = record({
      status: 'fail',
      summary: '1 of 12 charts fails to load.',
      llmSummary: 'Everything is fine',
    });
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(reviewed)),
    });
    await render(api);

    const banner = await screen.findByTestId('health-banner');
    // Two lines: the checks' summary alone, and the model's marked as its own.
    expect(
      within(banner).getByText('LLM review: Everything is fine'),
    ).toHaveAttribute('data-testid', 'llm-summary');
    expect(
      within(banner).getByText('1 of 12 charts fails to load.'),
    ).toHaveAttribute('data-testid', 'latest-summary');
  });

  it('shows progress while the health loads', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(() => new Promise<never>(() => {})),
    });
    await render(api);

    expect(screen.getByTestId('progress')).toBeInTheDocument();
    expect(screen.queryByTestId('health-banner')).not.toBeInTheDocument();
  });

  it('says Dashboard Health is unavailable, with the server’s reason, when the backend fails', async () => {
    const response = new Response(
      JSON.stringify({
        error: {
          name: 'Error',
          message: 'connect ECONNREFUSED 127.0.0.1:7007',
        },
        request: { method: 'GET', url: '/api/dashboard-health/health' },
        response: { statusCode: 503 },
      }),
      {
        status: 503,
        statusText: 'Service Unavailable',
        headers: { 'Content-Type': 'application/json' },
      },
    );
    const error = await ResponseError.fromResponse(response);
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => {
        throw error;
      }),
    });
    await render(api);

    // WarningPanel prefixes its title with the severity ("Error: …").
    expect(
      await screen.findByText(
        'Error: Dashboard Health is unavailable: connect ECONNREFUSED 127.0.0.1:7007 (Request failed with 503 Service Unavailable)',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('health-banner')).not.toBeInTheDocument();
  });

  it('draws one mark per record of the history, oldest first, each saying its status', async () => {
    const history = [
      record({ id: 'r3', status: 'pass', startedAt: hoursAgo(2) }),
      record({ id: 'r2', status: 'fail', startedAt: hoursAgo(26) }),
      record({ id: 'r1', status: 'warn', startedAt: hoursAgo(50) }),
      record({ id: 'r0', status: 'error', startedAt: hoursAgo(74) }),
    ];
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(history[0])),
      listRecords: jest.fn(async () => ({ items: history })),
    });
    await render(api);

    const marks = await screen.findAllByTestId('history-mark');
    expect(marks.map(m => m.getAttribute('data-status'))).toEqual([
      'error',
      'warn',
      'fail',
      'pass',
    ]);
    expect(marks[3]).toHaveAccessibleName(
      `Pass, ${formatInstant(
        history[0].startedAt,
      )}: All 12 charts render fresh data.`,
    );
    expect(
      screen.getByText(/4 checks in the last 90 days/),
    ).toBeInTheDocument();
    expect(api.listRecords).toHaveBeenCalledWith(
      expect.objectContaining({ entityRef: ENTITY_REF }),
    );
  });

  it('keeps the tab usable when only the history fails', async () => {
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () => health(record())),
      listRecords: jest.fn(async () => {
        throw new Error('cursor expired');
      }),
    });
    await render(api);

    expect(
      await screen.findByText(
        'Error: The history could not be loaded: cursor expired',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('health-banner')).toHaveTextContent('Pass');
  });

  it('runs a check on "Run now", shows its progress and then the new record', async () => {
    const newRecord = record({
      id: 'rec-new',
      runId: 'run-manual',
      summary: 'Fresh: all 12 charts render.',
    });
    let checked = false;
    const polls = [deferred<Run>(), deferred<Run>()];
    const api = mockDashboardHealthApi({
      getHealth: jest.fn(async () =>
        checked ? health(newRecord, nightlyRun) : health(null, nightlyRun),
      ),
      listRecords: jest.fn(async () => ({ items: checked ? [newRecord] : [] })),
      startRun: jest.fn(async () => run({ status: 'planned' })),
      getRun: jest
        .fn()
        .mockReturnValueOnce(polls[0].promise)
        .mockReturnValueOnce(polls[1].promise),
    });
    await render(api);

    fireEvent.click(await screen.findByRole('button', { name: 'Run now' }));

    expect(
      await screen.findByText('Check queued, waiting for a free slot…'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Running…' })).toBeDisabled();
    expect(api.startRun).toHaveBeenCalledWith(ENTITY_REF);

    await waitFor(() => expect(api.getRun).toHaveBeenCalledTimes(1));
    expect(api.getRun).toHaveBeenCalledWith('run-manual');
    polls[0].resolve(run({ status: 'running', startedAt: hoursAgo(0) }));
    expect(
      await screen.findByText('Checking the dashboard…'),
    ).toBeInTheDocument();

    await waitFor(() => expect(api.getRun).toHaveBeenCalledTimes(2));
    checked = true;
    polls[1].resolve(
      run({
        status: 'succeeded',
        startedAt: hoursAgo(0),
        finishedAt: newRecord.finishedAt,
        recordId: 'rec-new',
      }),
    );

    expect(
      await screen.findByText('Fresh: all 12 charts render.'),
    ).toBeInTheDocument();
    expect(await screen.findAllByTestId('history-mark')).toHaveLength(1);
    expect(
      screen.getByText(/the results below are up to date/),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('run-progress')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run now' })).toBeEnabled();
    expect(api.getHealth).toHaveBeenCalledTimes(2);
  });

  it('says why a run ended without a record', async () => {
    const api = mockDashboardHealthApi({
      startRun: jest.fn(async () =>
        run({
          status: 'error',
          reason: 'the dashboard is no longer in the catalog',
        }),
      ),
    });
    await render(api);

    fireEvent.click(await screen.findByRole('button', { name: 'Run now' }));

    expect(
      await screen.findByText(
        'The check ended error: the dashboard is no longer in the catalog.',
      ),
    ).toBeInTheDocument();
    expect(api.getRun).not.toHaveBeenCalled();
  });

  it('shows the backend’s refusal to start a run as an alert', async () => {
    const api = mockDashboardHealthApi({
      startRun: jest.fn(async () => {
        throw new Error(
          "No Superset dashboard 'resource:default/superset-prod-42' in the catalog",
        );
      }),
    });
    await render(api);

    fireEvent.click(await screen.findByRole('button', { name: 'Run now' }));

    expect(
      await screen.findByText(
        "Could not run the check: No Superset dashboard 'resource:default/superset-prod-42' in the catalog",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run now' })).toBeEnabled();
  });

  it('falls back to the first link when the entity has no Superset-typed link', async () => {
    const api = mockDashboardHealthApi();
    await renderEntityView(<EntityDashboardHealthContent />, {
      api,
      allowRun: true,
      entity: {
        ...dashboardEntity,
        metadata: {
          ...dashboardEntity.metadata,
          links: [{ url: 'https://bi.example.com/d/1', title: 'Dashboard' }],
        },
      },
    });

    expect(
      await screen.findByRole('link', { name: /Dashboard/ }),
    ).toHaveAttribute('href', 'https://bi.example.com/d/1');
  });
});

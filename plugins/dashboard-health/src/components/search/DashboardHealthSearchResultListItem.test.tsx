import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { DashboardHealthSearchDocument } from './dashboardHealthDocument';
import { DashboardHealthSearchResultListItem } from './DashboardHealthSearchResultListItem';

jest.setTimeout(30_000);

/** As the dashboard-health collator indexes it. */
const document: DashboardHealthSearchDocument = {
  title: 'Sales overview',
  text: 'Sales overview. Failing: Chart 3 returns no rows',
  location: '/catalog/default/resource/sales-overview/dashboard-health',
  entityRef: 'resource:default/sales-overview',
  status: 'fail',
  summary: '1 critical issue',
  topIssue: 'Chart 3 returns no rows',
  environment: 'prod',
  owner: 'group:default/data-team',
  lastCheckedAt: '2025-03-03T14:02:00.000Z',
};

const neverChecked: DashboardHealthSearchDocument = {
  title: 'New dashboard',
  text: 'New dashboard',
  location: '/x',
  status: 'never',
  summary: 'Not checked yet',
};

describe('DashboardHealthSearchResultListItem', () => {
  it('shows the dashboard with its health and links to its Health tab', async () => {
    await renderInTestApp(
      <DashboardHealthSearchResultListItem result={document} rank={1} />,
    );

    expect(
      screen.getByRole('link', { name: 'Sales overview' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/resource/sales-overview/dashboard-health',
    );
    expect(screen.getByTestId('status-fail')).toHaveTextContent('Failing');
    expect(screen.getByText('Chart 3 returns no rows')).toBeInTheDocument();
    expect(screen.getByText('Environment: prod')).toBeInTheDocument();
    expect(screen.getByText('Owner: data-team')).toBeInTheDocument();
    // The instant is shown in the viewer's zone, so only its form is fixed.
    expect(screen.getByText(/^Last checked /)).toHaveTextContent(
      /^Last checked \d+ Mar 2025 \d\d:\d\d$/,
    );
  });

  it('marks the matched words of the title and the top issue', async () => {
    await renderInTestApp(
      <DashboardHealthSearchResultListItem
        result={document}
        highlight={{
          preTag: '<em>',
          postTag: '</em>',
          fields: {
            title: '<em>Sales</em> overview',
            topIssue: 'Chart 3 returns no <em>rows</em>',
          },
        }}
      />,
    );

    // HighlightedSearchResultText turns the engine's tags into <mark> elements.
    const marks = [...window.document.querySelectorAll('mark')];
    expect(marks.map(mark => mark.textContent)).toEqual(['Sales', 'rows']);
  });

  it('falls back to the summary for a dashboard never checked', async () => {
    await renderInTestApp(
      <DashboardHealthSearchResultListItem result={neverChecked} />,
    );

    expect(screen.getByTestId('status-never')).toBeInTheDocument();
    expect(screen.getByText('Not checked yet')).toBeInTheDocument();
    expect(screen.getByText('Never checked')).toBeInTheDocument();
    expect(screen.queryByText(/^Last checked/)).not.toBeInTheDocument();
    expect(screen.queryByText(/^Owner:/)).not.toBeInTheDocument();
  });

  it('renders nothing without a result', async () => {
    const { container } = await renderInTestApp(
      <div data-testid="item">
        <DashboardHealthSearchResultListItem />
      </div>,
    );
    expect(
      container.querySelector('[data-testid="item"]'),
    ).toBeEmptyDOMElement();
  });
});

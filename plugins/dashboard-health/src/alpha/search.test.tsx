import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  SearchFilterResultTypeBlueprint,
  SearchResultListItemBlueprint,
} from '@backstage/plugin-search-react/alpha';
import { screen } from '@testing-library/react';
import dashboardHealthPlugin from '../alpha';
import { DASHBOARD_HEALTH_SEARCH_TYPE } from '../components/search';

jest.setTimeout(30_000);

const healthResult = {
  type: DASHBOARD_HEALTH_SEARCH_TYPE,
  document: {
    title: 'Sales overview',
    text: 'Sales overview',
    location: '/catalog/default/resource/sales/dashboard-health',
    status: 'warn',
    topIssue: 'Chart 7 is stale',
  },
};

describe('search-result-list-item:dashboard-health', () => {
  const item = createExtensionTester(
    dashboardHealthPlugin.getExtension(
      'search-result-list-item:dashboard-health',
    ),
  ).get(SearchResultListItemBlueprint.dataRefs.item);

  it('claims dashboard-health results only', () => {
    expect(item.predicate?.(healthResult as never)).toBe(true);
    expect(
      item.predicate?.({
        type: 'software-catalog',
        document: { title: 'Billing', text: '', location: '/billing' },
      }),
    ).toBe(false);
  });

  it('renders a result with its status and top issue', async () => {
    const Item = item.component;
    await renderInTestApp(<Item result={healthResult.document as never} />);
    expect(
      await screen.findByTestId('status-warn', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Chart 7 is stale')).toBeInTheDocument();
  });
});

describe('search-filter-result-type:dashboard-health', () => {
  it('adds "Dashboard health" to the result types', () => {
    const type = createExtensionTester(
      dashboardHealthPlugin.getExtension(
        'search-filter-result-type:dashboard-health',
      ),
    ).get(SearchFilterResultTypeBlueprint.dataRefs.resultType);
    expect(type).toMatchObject({
      value: DASHBOARD_HEALTH_SEARCH_TYPE,
      name: 'Dashboard health',
    });
  });
});

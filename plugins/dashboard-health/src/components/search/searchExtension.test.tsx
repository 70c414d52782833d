import { createPlugin } from '@backstage/core-plugin-api';
import {
  createSearchResultListItemExtension,
  SearchResultListItemExtensions,
} from '@backstage/plugin-search-react';
import { SearchResultItemExtensionComponent } from '@backstage/plugin-search-react/alpha';
import { renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { DashboardHealthSearchResultListItem } from './DashboardHealthSearchResultListItem';
import { isDashboardHealthResult } from './isDashboardHealthResult';

jest.setTimeout(30_000);

// Compile-time check: the item fits the new frontend system's SearchResultListItemBlueprint.
const blueprintComponent: SearchResultItemExtensionComponent =
  DashboardHealthSearchResultListItem;

describe('the search result list item extension', () => {
  it('renders dashboard-health results with the item and leaves the others to the default', async () => {
    const plugin = createPlugin({ id: 'dashboard-health-test' });
    const Item = plugin.provide(
      createSearchResultListItemExtension({
        name: 'DashboardHealthSearchResultListItem',
        component: async () => blueprintComponent,
        predicate: isDashboardHealthResult,
      }),
    );

    await renderInTestApp(
      <SearchResultListItemExtensions
        results={[
          {
            type: 'dashboard-health',
            document: {
              title: 'Sales overview',
              text: 'Sales overview',
              location: '/catalog/default/resource/sales/dashboard-health',
              status: 'warn',
              topIssue: 'Chart 7 is stale',
            } as never,
          },
          {
            type: 'software-catalog',
            document: {
              title: 'Billing',
              text: 'A service',
              location: '/billing',
            },
          },
        ]}
      >
        <Item />
      </SearchResultListItemExtensions>,
    );

    expect(await screen.findByTestId('status-warn')).toBeInTheDocument();
    expect(screen.getByText('Chart 7 is stale')).toBeInTheDocument();
    // The other result went to the default item: its text, no status chip.
    expect(screen.getByText('A service')).toBeInTheDocument();
    expect(screen.getAllByTestId(/^status-/)).toHaveLength(1);
  });
});

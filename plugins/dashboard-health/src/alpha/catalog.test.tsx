import { Entity } from '@backstage/catalog-model';
import { mockApis, renderTestApp } from '@backstage/frontend-test-utils';
import {
  MockStarredEntitiesApi,
  starredEntitiesApiRef,
} from '@backstage/plugin-catalog-react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import dashboardHealthPlugin, { dashboardHealthCatalogModule } from '../alpha';
import {
  dashboardEntity,
  healthSummary,
  mockDashboardHealthApi,
} from '../components/center/__testUtils__/fixtures';
import { alphaTestApis } from './__testUtils__/testApis';

jest.setTimeout(120_000);

const bucket: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'bucket', namespace: 'default' },
  spec: { type: 's3-bucket', owner: 'group:default/data-team' },
};
const entities = [
  dashboardEntity('alpha-failing'),
  dashboardEntity('beta-passing'),
  dashboardEntity('gamma-failing'),
  bucket,
];

function healthApi() {
  return mockDashboardHealthApi({
    getHealthBatch: jest.fn(async () => ({
      items: [
        healthSummary('alpha-failing', { status: 'fail' }),
        healthSummary('beta-passing', { status: 'pass' }),
        healthSummary('gamma-failing', { status: 'fail' }),
      ],
      unchecked: [],
    })),
  });
}

/**
 * The catalog plugin, this plugin and its catalog module, installed as an app installs them, on the
 * catalog's Resource list with two rows a page.
 */
async function renderCatalogPage() {
  await renderTestApp({
    features: [
      catalogPlugin,
      dashboardHealthPlugin,
      dashboardHealthCatalogModule,
    ],
    apis: [
      ...alphaTestApis(healthApi(), entities),
      mockApis.permission(),
      [starredEntitiesApiRef, new MockStarredEntitiesApi()],
    ],
    config: {
      app: {
        extensions: [
          {
            'page:catalog': {
              config: { pagination: { mode: 'offset', limit: 2 } },
            },
          },
        ],
      },
    },
    initialRouteEntries: ['/catalog?filters[kind]=resource&filters[user]=all'],
  });
}

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).queryAllByRole('link')[0]?.textContent);

describe('dashboardHealthCatalogModule: page:catalog with the Health column', () => {
  // One render for both checks: the whole catalog page is slow to load in a test.
  it('shows Health right after the name and filters by health across all pages', async () => {
    await renderCatalogPage();
    // The first load of the catalog page's modules takes long on a busy machine.
    const header = await screen.findByRole(
      'columnheader',
      { name: 'Health' },
      { timeout: 60_000 },
    );
    const headers = screen.getAllByRole('columnheader');
    // Right after the name: the default columns fill the width, and a last column ends up off screen.
    expect(headers.indexOf(header)).toBe(
      headers.findIndex(h => /name/i.test(h.textContent ?? '')) + 1,
    );
    expect(rowNames()).toEqual(['alpha-failing', 'beta-passing']);

    const picker = await screen.findByTestId('dashboard-health-picker-expand');
    fireEvent.click(picker);
    fireEvent.click(screen.getByRole('option', { name: 'Failing' }));

    // Page one of the filtered result holds both failing dashboards, though the unfiltered first page
    // held only one of them: the filter narrowed the catalog's query, not the loaded page.
    await waitFor(
      () => expect(rowNames()).toEqual(['alpha-failing', 'gamma-failing']),
      { timeout: 15_000 },
    );
    expect(await screen.findByText(/All Resources \(2\)/)).toBeInTheDocument();
  });
});

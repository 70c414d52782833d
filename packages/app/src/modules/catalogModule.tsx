import {
  coreExtensionData,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import { CatalogTable } from '@backstage/plugin-catalog';
import catalogPlugin, {
  CatalogIndexPage,
} from '@backstage/plugin-catalog/alpha';
import { createDashboardHealthColumn } from '@dashboard-health/plugin-dashboard-health';

/**
 * The catalog index page with a Health column on Resource lists. The new frontend system has no column
 * extension point in this Backstage release, so the page extension is overridden with the same page and
 * its inputs (filters, including the health status picker) plus the column.
 */
const catalogPage = catalogPlugin.getExtension('page:catalog').override({
  factory(originalFactory, { inputs, config }) {
    return originalFactory({
      params: {
        loader: async () => (
          <CatalogIndexPage
            // Keep the filters input, or every catalog filter (including ours) disappears.
            filters={
              <>
                {inputs.filters.map(f => f.get(coreExtensionData.reactElement))}
              </>
            }
            pagination={config.pagination}
            exportSettings={
              config.exportSettings?.enabled ? config.exportSettings : undefined
            }
            columns={context => {
              const columns = CatalogTable.defaultColumnsFunc(context);
              // Only Resource lists hold dashboards; elsewhere the column would stay empty.
              const kind =
                context.filters.kind?.value.toLocaleLowerCase('en-US');
              return kind === 'resource'
                ? [...columns, createDashboardHealthColumn()]
                : columns;
            }}
          />
        ),
      },
    });
  },
});

/** This app's changes to the catalog plugin. */
export const catalogModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [catalogPage],
});

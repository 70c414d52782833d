import {
  coreExtensionData,
  createFrontendModule,
} from '@backstage/frontend-plugin-api';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
import {
  catalogExportCustomizationDataRef,
  mergeExportSettings,
} from './mergeExportSettings';

/**
 * `page:catalog` with the Health column. This Backstage release has no extension point for catalog table
 * columns (the page's inputs are filters and export configs only), so the page is overridden: the same
 * page, config and inputs, with the catalog's default columns plus Health.
 */
const catalogPageWithHealthColumn = catalogPlugin
  .getExtension('page:catalog')
  .override({
    factory(originalFactory, { inputs, config }) {
      return originalFactory({
        params: {
          loader: async () => {
            const [{ CatalogIndexPage }, { dashboardHealthCatalogColumns }] =
              await Promise.all([
                import('@backstage/plugin-catalog/alpha'),
                import('./withDashboardHealthColumn'),
              ]);
            return (
              <CatalogIndexPage
                // Keep the filters input, or every catalog filter (the health status one too) disappears.
                filters={
                  <>
                    {inputs.filters.map(filter =>
                      filter.get(coreExtensionData.reactElement),
                    )}
                  </>
                }
                pagination={config.pagination}
                exportSettings={mergeExportSettings(
                  config.exportSettings,
                  inputs.exportConfig.map(input =>
                    input.get(catalogExportCustomizationDataRef),
                  ),
                )}
                columns={dashboardHealthCatalogColumns}
              />
            );
          },
        },
      });
    },
  });

/**
 * The catalog plugin's part of Dashboard Health: its index page gains the Health column. Install it
 * next to the plugin (`features: [dashboardHealthCatalogModule]`, or discovered with the package).
 *
 * @alpha
 */
export const dashboardHealthCatalogModule = createFrontendModule({
  pluginId: 'catalog',
  extensions: [catalogPageWithHealthColumn],
});

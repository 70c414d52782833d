import { createExtensionDataRef } from '@backstage/frontend-plugin-api';
import { CatalogExportSettings } from '@backstage/plugin-catalog/alpha';

type ExportCustomization = Pick<
  CatalogExportSettings,
  'exporters' | 'columns' | 'onSuccess' | 'onError'
>;

/**
 * What `CatalogExportConfigBlueprint` extensions attach to `page:catalog`. The catalog plugin does not
 * export its data ref; inputs are read by id, so a ref with the same id reads the same data.
 */
export const catalogExportCustomizationDataRef =
  createExtensionDataRef<ExportCustomization>().with({
    id: 'catalog.export-customization',
  });

/**
 * The export settings `page:catalog` builds from its config and its export-config inputs, rebuilt the
 * way the catalog plugin does it (exporters add up; the first columns and callbacks win), because
 * overriding the page's loader would otherwise drop them. Undefined when export is not enabled.
 */
export function mergeExportSettings(
  configured: Pick<CatalogExportSettings, 'enabled'> | undefined,
  customizations: ReadonlyArray<ExportCustomization | undefined>,
): CatalogExportSettings | undefined {
  const merged: CatalogExportSettings = { ...configured };
  for (const custom of customizations) {
    if (!custom) continue;
    if (custom.exporters) {
      merged.exporters = { ...merged.exporters, ...custom.exporters };
    }
    merged.columns ??= custom.columns;
    merged.onSuccess ??= custom.onSuccess;
    merged.onError ??= custom.onError;
  }
  return merged.enabled ? merged : undefined;
}

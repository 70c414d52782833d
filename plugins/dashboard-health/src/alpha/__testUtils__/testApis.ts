import { Entity } from '@backstage/catalog-model';
import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { dashboardHealthApiRef } from '../../api';
import { mockDashboardHealthApi } from '../../components/center/__testUtils__/fixtures';

/** The two APIs the plugin's extensions call: Dashboard Health's (mocked per test) and the catalog. */
export function alphaTestApis(
  healthApi: ReturnType<typeof mockDashboardHealthApi>,
  entities: Entity[] = [],
) {
  return [
    [dashboardHealthApiRef, healthApi],
    [catalogApiRef, catalogApiMock({ entities })],
  ] as const;
}

/** The catalog's entity page, which the plugin's lists link to. */
export const entityPageRoutes = {
  '/catalog/:namespace/:kind/:name': convertLegacyRouteRef(entityRouteRef),
};

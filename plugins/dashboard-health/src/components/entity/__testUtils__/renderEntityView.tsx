import { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import {
  PermissionApi,
  permissionApiRef,
} from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { RenderResult } from '@testing-library/react';
import { ReactNode } from 'react';
import { DashboardHealthApi, dashboardHealthApiRef } from '../../../api';
import { dashboardEntity } from './fixtures';

/**
 * A PermissionApi answering every request alike. The answer is the string value of `AuthorizeResult`,
 * cast, because @backstage/plugin-permission-common is not a dependency of this package.
 */
export function mockPermissionApi(allow: boolean): jest.Mocked<PermissionApi> {
  return {
    authorize: jest.fn(async () => ({ result: allow ? 'ALLOW' : 'DENY' })),
  } as unknown as jest.Mocked<PermissionApi>;
}

/**
 * Renders an entity view the way the catalog entity page does: inside an EntityProvider, with the entity
 * route mounted (the card links through it) and the given API and permission decision.
 */
export async function renderEntityView(
  element: ReactNode,
  options: {
    api: DashboardHealthApi;
    allowRun?: boolean;
    entity?: Entity;
  },
): Promise<RenderResult & { permissionApi: jest.Mocked<PermissionApi> }> {
  const permissionApi = mockPermissionApi(options.allowRun ?? false);
  const rendered = await renderInTestApp(
    <TestApiProvider
      apis={[
        [dashboardHealthApiRef, options.api],
        [permissionApiRef, permissionApi],
      ]}
    >
      <EntityProvider entity={options.entity ?? dashboardEntity}>
        {element}
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
  return { ...rendered, permissionApi };
}

import { Entity } from '@backstage/catalog-model';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import {
  PermissionApi,
  permissionApiRef,
} from '@backstage/plugin-permission-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { RenderResult } from '@testing-library/react';
import { ReactNode } from 'react';
import { DashboardHealthApi, dashboardHealthApiRef } from '../../../api';
import { rootRouteRef } from '../../../routes';

/**
 * A PermissionApi answering by permission name. The answer is the string value of `AuthorizeResult`, cast,
 * because @backstage/plugin-permission-common is not a dependency of this package.
 */
export function mockPermissionApi(
  allow: boolean | ((permissionName: string) => boolean),
): jest.Mocked<PermissionApi> {
  const decide = typeof allow === 'function' ? allow : () => allow;
  return {
    authorize: jest.fn(async (request: { permission: { name: string } }) => ({
      result: decide(request.permission.name) ? 'ALLOW' : 'DENY',
    })),
  } as unknown as jest.Mocked<PermissionApi>;
}

type CatalogApi = typeof catalogApiRef.T;

/**
 * Renders a view in a test app with the catalog (in-memory entities or a given mock), the dashboard-health
 * API and a permission decision; mounts the entity and Health Center routes its links go through.
 */
export async function renderWithApis(
  element: ReactNode,
  options: {
    api: DashboardHealthApi;
    entities?: Entity[];
    catalogApi?: CatalogApi;
    allow?: boolean | ((permissionName: string) => boolean);
  },
): Promise<RenderResult> {
  const catalogApi =
    options.catalogApi ?? catalogApiMock({ entities: options.entities ?? [] });
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [catalogApiRef, catalogApi],
        [dashboardHealthApiRef, options.api],
        [permissionApiRef, mockPermissionApi(options.allow ?? true)],
      ]}
    >
      {element}
    </TestApiProvider>,
    {
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/dashboard-health': rootRouteRef,
      },
    },
  );
}

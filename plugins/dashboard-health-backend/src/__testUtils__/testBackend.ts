import {
  BackstageCredentials,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  catalogServiceRef,
  CatalogService,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import {
  NotificationSendOptions,
  notificationService,
} from '@backstage/plugin-notifications-node';
import { dashboardHealthPlugin } from '../plugin';
import { dashboardEntity } from './testEngine';

/** A user the catalog hides `secret-*` entities from, to test that reads follow the catalog. */
export const OUTSIDER = 'user:default/outsider';

export const testEntities: Entity[] = [
  ...Array.from({ length: 20 }, (_, i) => dashboardEntity(`dash-${i}`)),
  // Tagged so that a selector can match only what the outsider cannot see.
  withTags(dashboardEntity('secret-1'), ['finance']),
  dashboardEntity('st-5', 'staging'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'not-a-dashboard', namespace: 'default' },
    spec: {
      type: 'service',
      owner: 'group:default/data-platform',
      lifecycle: 'production',
    },
  },
];

function withTags(entity: Entity, tags: string[]): Entity {
  return { ...entity, metadata: { ...entity.metadata, tags } };
}

/**
 * The in-memory catalog mock, with per-caller visibility like the real catalog's permission filtering:
 * the outsider cannot see `secret-*` entities, neither by ref nor in queries.
 */
function permissionAwareCatalog(entities: Entity[]): CatalogService {
  const catalog = catalogServiceMock({ entities });
  const visibleTo =
    (credentials: BackstageCredentials) => (entity: Entity | undefined) => {
      const principal = credentials.principal as { userEntityRef?: string };
      if (
        entity &&
        principal.userEntityRef === OUTSIDER &&
        entity.metadata.name.startsWith('secret-')
      ) {
        return undefined;
      }
      return entity;
    };
  return new Proxy(catalog, {
    get(target, property) {
      if (property === 'getEntitiesByRefs') {
        return async (
          request: any,
          options: { credentials: BackstageCredentials },
        ) => {
          const result = await target.getEntitiesByRefs(request, options);
          return { items: result.items.map(visibleTo(options.credentials)) };
        };
      }
      if (property === 'streamEntities') {
        return async function* streamVisible(
          request: any,
          options: { credentials: BackstageCredentials },
        ) {
          for await (const page of target.streamEntities(request, options)) {
            yield page
              .map(visibleTo(options.credentials))
              .filter((entity): entity is Entity => entity !== undefined);
          }
        };
      }
      const value = (target as any)[property];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const instance = (id: string, baseUrl: string) => ({
  id,
  title: id,
  baseUrl,
  auth: {
    provider: 'db',
    username: 'svc_dashboard_validator',
    password: 'simulator',
  },
  maxConcurrency: 2,
});

/** The HTTP server of a test backend. */
export type TestServer = Awaited<ReturnType<typeof startTestBackend>>['server'];

/** The real plugin in a test backend: in-memory SQLite, a mock catalog, tasks not scheduled. */
export async function startPluginBackend(
  options: Parameters<typeof startPluginBackendWithDoubles>[0] = {},
): Promise<TestServer> {
  return (await startPluginBackendWithDoubles(options)).server;
}

/** The same, also handing back the actions registry and the notifications the plugin sent. */
export async function startPluginBackendWithDoubles(
  options: {
    permission?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    /** The prod instance's URL, e.g. a running simulator's; default a port nothing listens on. */
    supersetUrl?: string;
  } = {},
): Promise<{
  server: TestServer;
  actions: ReturnType<typeof actionsRegistryServiceMock>;
  sent: NotificationSendOptions[];
}> {
  const actions = actionsRegistryServiceMock();
  const sent: NotificationSendOptions[] = [];
  const { server } = await startTestBackend({
    features: [
      dashboardHealthPlugin,
      mockServices.rootConfig.factory({
        data: {
          superset: {
            instances: [
              instance('prod', options.supersetUrl ?? 'http://127.0.0.1:1'),
              instance('staging', 'http://127.0.0.1:2'),
            ],
          },
          dashboardHealth: { planner: { minSpacingSeconds: 60 } },
        },
      }),
      // Like the real backend: a request without a token carries no credentials.
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.permissions.factory({
        result: options.permission ?? AuthorizeResult.ALLOW,
      }),
      mockServices.scheduler.mock().factory,
      createServiceFactory({
        service: actionsRegistryServiceRef,
        deps: {},
        factory: () => actions,
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          async send(notification: NotificationSendOptions) {
            sent.push(notification);
          },
        }),
      }),
      createServiceFactory({
        service: catalogServiceRef,
        deps: {},
        factory: () => permissionAwareCatalog(testEntities),
      }),
    ],
  });
  return { server, actions, sent };
}

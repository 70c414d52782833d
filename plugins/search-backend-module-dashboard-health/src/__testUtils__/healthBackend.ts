import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import dashboardHealthPlugin from '@dashboard-health/plugin-dashboard-health-backend';
import { Knex } from 'knex';
import { AddressInfo } from 'node:net';

export function dashboard(id: number, title: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: `prod-dashboard-${id}`,
      namespace: 'default',
      title,
      annotations: {
        'superset.apache.org/instance': 'prod',
        'superset.apache.org/dashboard-id': String(id),
      },
    },
    spec: { type: 'dashboard', owner: 'group:default/marketing-analytics' },
  };
}

/**
 * The real dashboard-health plugin on a given database, against a Superset simulator, with a catalog of
 * the given entities; returns its base URL for the collator to read from.
 */
export async function startHealthBackend(options: {
  knex: Knex;
  supersetUrl: string;
  entities: Entity[];
}): Promise<{
  server: Awaited<ReturnType<typeof startTestBackend>>['server'];
  baseUrl: string;
  catalog: ReturnType<typeof catalogServiceMock>;
  validate: (entityRef: string) => Promise<void>;
}> {
  const catalog = catalogServiceMock({ entities: options.entities });
  const { server } = await startTestBackend({
    features: [
      dashboardHealthPlugin,
      mockServices.database.factory({ knex: options.knex }),
      mockServices.rootConfig.factory({
        data: {
          superset: {
            instances: [
              {
                id: 'prod',
                title: 'Production',
                baseUrl: options.supersetUrl,
                auth: {
                  provider: 'db',
                  username: 'svc_dashboard_validator',
                  password: 'simulator',
                },
              },
            ],
          },
        },
      }),
      mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
      mockServices.scheduler.mock().factory,
      catalogServiceMock.factory({ entities: options.entities }),
    ],
  });
  const baseUrl = `http://localhost:${
    (server.address() as AddressInfo).port
  }/api/dashboard-health`;

  /** Validates a dashboard now through the REST API and waits for its record. */
  async function validate(entityRef: string) {
    const headers = {
      Authorization: mockCredentials.user.header(),
      'Content-Type': 'application/json',
    };
    const started = await fetch(`${baseUrl}/runs`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ entityRef }),
    });
    if (started.status !== 202)
      throw new Error(`run not started: ${started.status}`);
    const run = await started.json();
    for (let i = 0; i < 200; i++) {
      const current = await (
        await fetch(`${baseUrl}/runs/${run.id}`, { headers })
      ).json();
      if (current.recordId) return current;
      await new Promise(resolve => setTimeout(resolve, 25));
    }
    throw new Error(`no record for ${entityRef}`);
  }

  return { server, baseUrl, catalog, validate };
}

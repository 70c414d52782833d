import { JsonObject } from '@backstage/types';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
} from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { catalogModuleSuperset } from './module';

function instance(id: string, port: number) {
  return {
    id,
    title: id.toUpperCase(),
    baseUrl: `http://127.0.0.1:${port}`,
    auth: { provider: 'db', username: 'svc', password: 'secret-password' },
  };
}

async function start(superset: JsonObject) {
  const providers: EntityProvider[] = [];
  await startTestBackend({
    extensionPoints: [
      [
        catalogProcessingExtensionPoint,
        {
          addEntityProvider: (
            ...added: Array<EntityProvider | EntityProvider[]>
          ) => providers.push(...added.flat()),
        },
      ],
    ],
    features: [
      catalogModuleSuperset,
      catalogServiceMock.factory(),
      mockServices.rootConfig.factory({ data: { superset } }),
    ],
  });
  return providers;
}

describe('catalogModuleSuperset', () => {
  it('registers one provider per configured Superset instance', async () => {
    const providers = await start({
      instances: [instance('prod', 1), instance('staging', 2)],
    });
    expect(providers.map(p => p.getProviderName())).toEqual([
      'superset-provider:prod',
      'superset-provider:staging',
    ]);
  });

  it('fails at startup on duplicate instance ids, naming the key and never the password', async () => {
    const failure = start({
      instances: [instance('prod', 1), instance('prod', 2)],
    });
    await expect(failure).rejects.toThrow(/superset\.instances\[1\]\.id/);
    await expect(failure).rejects.not.toThrow(/secret-password/);
  });

  it('fails at startup when an instance has no baseUrl', async () => {
    const { baseUrl: _omitted, ...withoutBaseUrl } = instance('prod', 1);
    await expect(start({ instances: [withoutBaseUrl] })).rejects.toThrow(
      /superset\.instances\[0\]\.baseUrl/,
    );
  });
});

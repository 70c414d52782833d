import { JsonObject } from '@backstage/types';
import { ConfigReader } from '@backstage/config';
import { DEFAULT_SCHEDULE, readSupersetProviderConfig } from './config';

function read(superset: JsonObject) {
  return readSupersetProviderConfig(
    new ConfigReader({ catalog: { providers: { superset } } }),
  );
}

describe('readSupersetProviderConfig', () => {
  it('has defaults: every 30 minutes, data-platform as owner, 50% removal guard', () => {
    expect(readSupersetProviderConfig(new ConfigReader({}))).toEqual({
      schedule: DEFAULT_SCHEDULE,
      defaultOwner: 'group:default/data-platform',
      ownerMapping: [],
      maxRemovalShare: 0.5,
    });
    expect(DEFAULT_SCHEDULE.frequency).toEqual({ minutes: 30 });
  });

  it('reads schedule, owner mapping (normalised) and guard share', () => {
    const config = read({
      schedule: { frequency: { minutes: 5 }, timeout: { minutes: 2 } },
      defaultOwner: 'platform',
      ownerMapping: [
        { email: 'Ana.Lima@example.com', owner: 'finance-analytics' },
        { name: 'Ben Okafor', owner: 'user:ben' },
      ],
      maxRemovalShare: 0.25,
    });
    expect(config.schedule).toEqual({
      frequency: { minutes: 5 },
      timeout: { minutes: 2 },
    });
    expect(config.defaultOwner).toBe('group:default/platform');
    expect(config.ownerMapping).toEqual([
      {
        email: 'ana.lima@example.com',
        name: undefined,
        owner: 'group:default/finance-analytics',
      },
      { email: undefined, name: 'ben okafor', owner: 'user:default/ben' },
    ]);
    expect(config.maxRemovalShare).toBe(0.25);
  });

  it.each([
    [
      { maxRemovalShare: 1.5 },
      'catalog.providers.superset.maxRemovalShare must be between 0 and 1, got 1.5',
    ],
    [
      { ownerMapping: [{ owner: 'group:default/x' }] },
      'catalog.providers.superset.ownerMapping[0] needs an email or a name to match',
    ],
    [
      { ownerMapping: [{ email: 'a@b.c', owner: 'a:b:c:d' }] },
      'catalog.providers.superset.ownerMapping[0].owner is not an entity ref',
    ],
    [
      { defaultOwner: 'component:default/x' },
      "catalog.providers.superset.defaultOwner is not an entity ref of a user or group: 'component:default/x'",
    ],
    [{ defaultOwner: '' }, 'defaultOwner'],
  ] as Array<[JsonObject, string]>)(
    'rejects %j naming the key',
    (superset, message) => {
      expect(() => read(superset)).toThrow(message);
    },
  );
});

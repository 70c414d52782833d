import { OwnerResolver } from './ownerResolver';

describe('OwnerResolver', () => {
  const resolver = new OwnerResolver(
    [
      {
        email: 'ana.lima@example.com',
        owner: 'group:default/finance-analytics',
      },
      { name: 'ben okafor', owner: 'user:default/ben' },
      { email: 'ana.lima@example.com', owner: 'group:default/ignored' },
    ],
    'group:default/data-platform',
  );

  it('takes the first Superset owner that has a mapping, in Superset order', () => {
    expect(
      resolver.resolve([
        { id: 9, name: 'Nobody Mapped', email: 'nobody@example.com' },
        { id: 2, name: 'Ben Okafor' },
        { id: 1, name: 'Ana Lima', email: 'ana.lima@example.com' },
      ]),
    ).toBe('user:default/ben');
  });

  it('matches emails and names case-insensitively; the first rule for a key wins', () => {
    expect(
      resolver.resolve([{ id: 1, name: 'A', email: 'Ana.Lima@Example.com' }]),
    ).toBe('group:default/finance-analytics');
    expect(resolver.resolve([{ id: 2, name: 'BEN OKAFOR' }])).toBe(
      'user:default/ben',
    );
  });

  it('falls back to the default owner', () => {
    expect(resolver.resolve([])).toBe('group:default/data-platform');
    expect(resolver.resolve([{ id: 5, name: 'Chloé Martin' }])).toBe(
      'group:default/data-platform',
    );
  });
});

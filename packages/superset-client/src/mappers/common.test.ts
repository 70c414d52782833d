import {
  absoluteUrl,
  parseJsonObject,
  toDatasourceRef,
  toOwnership,
  toTags,
} from './common';

const ana = { id: 1, first_name: 'Ana', last_name: 'Lima' };
const ben = { id: 2, first_name: 'Ben', last_name: 'Okafor' };
const chloe = { id: 3, first_name: 'Chloé', last_name: 'Martin' };

describe('toOwnership', () => {
  it('reads the owners shape', () => {
    expect(toOwnership({ owners: [ana, ben] })).toEqual({
      owners: [
        { id: 1, firstName: 'Ana', lastName: 'Lima' },
        { id: 2, firstName: 'Ben', lastName: 'Okafor' },
      ],
      viewers: [],
    });
  });

  it('reads the editors/viewers shape, editors counting as owners', () => {
    expect(toOwnership({ editors: [ben], viewers: [chloe] })).toEqual({
      owners: [{ id: 2, firstName: 'Ben', lastName: 'Okafor' }],
      viewers: [{ id: 3, firstName: 'Chloé', lastName: 'Martin' }],
    });
  });

  it('merges both shapes without duplicates and tolerates nulls', () => {
    expect(
      toOwnership({
        owners: [ana, { id: 2, first_name: null, last_name: null }],
        editors: [ben],
        viewers: null,
      }),
    ).toEqual({
      owners: [
        { id: 1, firstName: 'Ana', lastName: 'Lima' },
        { id: 2, firstName: '', lastName: '' },
      ],
      viewers: [],
    });
  });
});

describe('toTags', () => {
  it('keeps numeric types and maps named ones', () => {
    expect(
      toTags([
        { id: 1, name: 'finance', type: 1 },
        { id: 2, name: 'owner:3', type: 'owner' },
        { id: 3, name: null, type: null },
      ]),
    ).toEqual([
      { id: 1, name: 'finance', type: 1 },
      { id: 2, name: 'owner:3', type: 3 },
      { id: 3, name: '', type: 1 },
    ]);
    expect(toTags(undefined)).toEqual([]);
  });
});

describe('toDatasourceRef', () => {
  it('reads a query context datasource object', () => {
    expect(toDatasourceRef({ id: 2, type: 'table' })).toEqual({
      id: 2,
      type: 'table',
    });
    expect(toDatasourceRef({ id: '4', type: 'query' })).toEqual({
      id: 4,
      type: 'query',
    });
  });

  it('reads a form-data datasource string', () => {
    expect(toDatasourceRef('3__table')).toEqual({ id: 3, type: 'table' });
  });

  it.each([null, undefined, 'table', '__table', { type: 'table' }, 7])(
    'gives null for %p',
    value => {
      expect(toDatasourceRef(value)).toBeNull();
    },
  );
});

describe('absoluteUrl', () => {
  it('prefixes relative links with the base URL', () => {
    expect(absoluteUrl('http://h:8088', '/superset/dashboard/1/')).toBe(
      'http://h:8088/superset/dashboard/1/',
    );
    expect(absoluteUrl('http://h/bi', 'explore/?slice_id=1')).toBe(
      'http://h/bi/explore/?slice_id=1',
    );
  });

  it('keeps absolute links', () => {
    expect(absoluteUrl('http://h', 'https://other/x')).toBe('https://other/x');
  });
});

describe('parseJsonObject', () => {
  it('parses objects only', () => {
    expect(parseJsonObject('{"a":1}')).toEqual({ a: 1 });
    expect(parseJsonObject('[1]')).toBeNull();
    expect(parseJsonObject('{oops')).toBeNull();
    expect(parseJsonObject(null)).toBeNull();
  });
});

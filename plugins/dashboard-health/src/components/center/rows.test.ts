import { MAX_ENTITY_REFS } from '@dashboard-health/plugin-dashboard-health-common';
import {
  dashboardEntity,
  healthSummary,
  refOf,
} from './__testUtils__/fixtures';
import { environmentsOf, toDashboardEntity } from './dashboardEntities';
import { fetchHealthBatch } from './fetchHealthBatch';
import { filterRows, NO_FILTERS } from './filterRows';
import { joinRows } from './joinRows';
import { sortRows } from './sortRows';

describe('toDashboardEntity', () => {
  it('keeps the ref, a lower-case key, the instance and a full owner ref', () => {
    const entity = dashboardEntity('Sales-Overview', {
      title: 'Sales Overview',
      environment: 'prod',
      owner: 'data-team',
    });
    expect(toDashboardEntity(entity)).toEqual({
      ref: 'resource:default/sales-overview',
      key: 'resource:default/sales-overview',
      name: 'Sales-Overview',
      namespace: 'default',
      title: 'Sales Overview',
      environment: 'prod',
      owner: 'group:default/data-team',
    });
  });

  it('falls back to the name without a title', () => {
    expect(toDashboardEntity(dashboardEntity('ops')).title).toBe('ops');
  });
});

describe('environmentsOf', () => {
  it('lists each instance once, sorted, skipping dashboards without one', () => {
    expect(
      environmentsOf([
        { environment: 'prod' },
        { environment: '' },
        { environment: 'dev' },
        { environment: 'prod' },
      ]),
    ).toEqual(['dev', 'prod']);
  });
});

describe('fetchHealthBatch', () => {
  it('asks in chunks of the backend limit and merges the answers', async () => {
    const refs = Array.from({ length: MAX_ENTITY_REFS + 1 }, (_, i) =>
      refOf(`d${i}`),
    );
    const getHealthBatch = jest.fn(async (chunk: string[]) => ({
      items: [healthSummary(chunk[0].replace('resource:default/', ''))],
      unchecked: [{ entityRef: chunk[chunk.length - 1], nextRunAt: null }],
    }));

    const answer = await fetchHealthBatch({ getHealthBatch }, refs);

    expect(getHealthBatch.mock.calls.map(([chunk]) => chunk.length)).toEqual([
      MAX_ENTITY_REFS,
      1,
    ]);
    expect(answer.items.map(i => i.entityRef)).toEqual([
      refOf('d0'),
      refOf(`d${MAX_ENTITY_REFS}`),
    ]);
    expect(answer.unchecked).toHaveLength(2);
  });

  it('does not call the backend for no dashboards', async () => {
    const getHealthBatch = jest.fn();
    await expect(fetchHealthBatch({ getHealthBatch }, [])).resolves.toEqual({
      items: [],
      unchecked: [],
    });
    expect(getHealthBatch).not.toHaveBeenCalled();
  });
});

describe('joinRows, filterRows and sortRows', () => {
  const dashboards = [
    dashboardEntity('Alpha', { title: 'Alpha', environment: 'prod' }),
    dashboardEntity('beta', { title: 'Beta', environment: 'dev' }),
    dashboardEntity('gamma', { title: 'Gamma', environment: 'prod' }),
  ].map(toDashboardEntity);
  const rows = joinRows(dashboards, {
    // The backend answers with lower-case refs.
    items: [
      healthSummary('alpha', {
        status: 'warn',
        topIssue: 'Stale data in Orders',
        lastCheckedAt: '2026-06-01T01:00:00.000Z',
      }),
      healthSummary('gamma', {
        status: 'warn',
        lastCheckedAt: '2026-06-01T03:00:00.000Z',
      }),
    ],
    unchecked: [{ entityRef: refOf('beta'), nextRunAt: null }],
  });

  it('joins case-insensitively and marks the rest never checked', () => {
    expect(rows.map(r => [r.title, r.status])).toEqual([
      ['Alpha', 'warn'],
      ['Beta', 'never'],
      ['Gamma', 'warn'],
    ]);
  });

  it('searches the top issue as well as title and name', () => {
    expect(
      filterRows(rows, { ...NO_FILTERS, search: 'orders' }).map(r => r.title),
    ).toEqual(['Alpha']);
    expect(filterRows(rows, NO_FILTERS)).toBe(rows);
  });

  it('breaks ties by title and keeps empty values last either way', () => {
    const byLastCheck = (direction: 'asc' | 'desc') =>
      sortRows(rows, { column: 'lastCheckedAt', direction }).map(r => r.title);
    expect(byLastCheck('asc')).toEqual(['Alpha', 'Gamma', 'Beta']);
    expect(byLastCheck('desc')).toEqual(['Gamma', 'Alpha', 'Beta']);
    expect(
      sortRows(rows, { column: 'status', direction: 'desc' }).map(r => r.title),
    ).toEqual(['Alpha', 'Gamma', 'Beta']);
  });
});

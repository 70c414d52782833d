import { Entity } from '@backstage/catalog-model';
import { dashboardEntity, refOf } from '../center/__testUtils__/fixtures';
import { DisplayStatus } from '../shared';
import { DashboardHealthStatusFilter } from './DashboardHealthStatusFilter';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'billing', namespace: 'default' },
  spec: { type: 'service' },
};

const statuses = new Map<string, DisplayStatus>([
  [refOf('failing'), 'fail'],
  [refOf('passing'), 'pass'],
  [refOf('unchecked'), 'never'],
]);

describe('DashboardHealthStatusFilter', () => {
  it('keeps the dashboards whose status is selected', () => {
    const filter = new DashboardHealthStatusFilter(['fail', 'never'], statuses);
    expect(filter.filterEntity(dashboardEntity('failing'))).toBe(true);
    expect(filter.filterEntity(dashboardEntity('unchecked'))).toBe(true);
    expect(filter.filterEntity(dashboardEntity('passing'))).toBe(false);
  });

  it('matches refs case-insensitively, as the catalog does', () => {
    const filter = new DashboardHealthStatusFilter(['fail'], statuses);
    expect(filter.filterEntity(dashboardEntity('Failing'))).toBe(true);
  });

  it('hides other entities and dashboards of unknown status once a status is selected', () => {
    const filter = new DashboardHealthStatusFilter(['pass'], statuses);
    expect(filter.filterEntity(component)).toBe(false);
    expect(filter.filterEntity(dashboardEntity('not-loaded'))).toBe(false);
  });

  it('keeps everything when nothing is selected', () => {
    const filter = new DashboardHealthStatusFilter([], new Map());
    expect(filter.filterEntity(component)).toBe(true);
    expect(filter.filterEntity(dashboardEntity('not-loaded'))).toBe(true);
  });

  it('puts the selected statuses in the URL', () => {
    expect(
      new DashboardHealthStatusFilter(
        ['warn', 'error'],
        statuses,
      ).toQueryValue(),
    ).toEqual(['warn', 'error']);
  });

  it('asks the catalog for exactly the dashboards whose status is selected', () => {
    const filter = new DashboardHealthStatusFilter(['fail'], statuses);
    expect(filter.getCatalogQuery()).toEqual({
      $any: [
        {
          kind: 'resource',
          'metadata.namespace': 'default',
          'metadata.name': { $in: ['failing'] },
        },
      ],
    });
  });

  it('names the dashboards that do not match when they are the fewer', () => {
    const filter = new DashboardHealthStatusFilter(['fail', 'never'], statuses);
    expect(filter.getCatalogQuery()).toMatchObject({
      $all: [
        { kind: 'Resource', 'spec.type': 'dashboard' },
        {
          $not: {
            $any: [{ 'metadata.name': { $in: ['passing'] } }],
          },
        },
      ],
    });
  });

  it('asks the catalog for nothing while no status is known, and adds no constraint when none is selected', () => {
    expect(
      new DashboardHealthStatusFilter(['fail'], new Map()).getCatalogQuery(),
    ).toEqual({ $any: [] });
    expect(
      new DashboardHealthStatusFilter([], statuses).getCatalogQuery(),
    ).toBeUndefined();
  });
});

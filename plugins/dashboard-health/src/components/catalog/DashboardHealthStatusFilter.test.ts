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
});

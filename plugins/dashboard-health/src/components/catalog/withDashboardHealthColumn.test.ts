import { Entity } from '@backstage/catalog-model';
import { EntityKindFilter } from '@backstage/plugin-catalog-react';
import { CatalogTableColumnsFunc } from '@backstage/plugin-catalog';
import { dashboardEntity } from '../center/__testUtils__/fixtures';
import {
  dashboardHealthCatalogColumns,
  withDashboardHealthColumn,
} from './withDashboardHealthColumn';

type ListContext = Parameters<CatalogTableColumnsFunc>[0];

function listOf(kind: string, entities: Entity[]): ListContext {
  return {
    filters: { kind: new EntityKindFilter(kind, kind) },
    entities,
  } as unknown as ListContext;
}

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'billing' },
};

const fields = (columns: ReturnType<CatalogTableColumnsFunc>) =>
  columns.map(c => c.field);

describe('dashboardHealthCatalogColumns', () => {
  it('puts Health right after the name on Resource lists, sized not to wrap', () => {
    const columns = dashboardHealthCatalogColumns(
      listOf('resource', [dashboardEntity('sales')]),
    );
    const names = fields(columns);
    expect(names.indexOf('dashboardHealth')).toBe(
      names.indexOf('resolved.entityRef') + 1,
    );
    expect(columns[names.indexOf('dashboardHealth')]).toMatchObject({
      title: 'Health',
      width: '140px',
      headerStyle: { whiteSpace: 'nowrap' },
    });
    // The name beside it keeps room for whole words.
    expect(
      columns[names.indexOf('resolved.entityRef')].cellStyle,
    ).toMatchObject({ minWidth: '160px' });
  });

  it('adds Health to any list that holds a dashboard, and to no other', () => {
    expect(
      fields(dashboardHealthCatalogColumns(listOf('component', [service]))),
    ).not.toContain('dashboardHealth');
    expect(
      fields(
        dashboardHealthCatalogColumns(
          listOf('component', [service, dashboardEntity('sales')]),
        ),
      ),
    ).toContain('dashboardHealth');
  });

  it('extends an app’s own columns, appending Health when they have no name column', () => {
    const own = withDashboardHealthColumn(() => [
      { title: 'Title', field: 'entity.metadata.title' },
    ]);
    expect(fields(own(listOf('resource', [])))).toEqual([
      'entity.metadata.title',
      'dashboardHealth',
    ]);
  });
});

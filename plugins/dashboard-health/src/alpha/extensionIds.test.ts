import dashboardHealthPlugin, { dashboardHealthCatalogModule } from '../alpha';

describe('the new-frontend-system plugin', () => {
  it('provides its extensions under stable ids (apps configure them by id)', () => {
    expect(dashboardHealthPlugin.pluginId).toBe('dashboard-health');
    const ids = [
      'api:dashboard-health',
      'page:dashboard-health',
      'entity-content:dashboard-health/health',
      'entity-card:dashboard-health/health',
      'home-page-widget:dashboard-health/dashboard-health',
      'search-result-list-item:dashboard-health',
      'search-filter-result-type:dashboard-health',
      'catalog-filter:dashboard-health/health-status',
    ];
    for (const id of ids) {
      expect(dashboardHealthPlugin.getExtension(id as never)).toBeDefined();
    }
  });

  it('ships the catalog Health column as a module of the catalog plugin', () => {
    expect(dashboardHealthCatalogModule).toMatchObject({
      $$type: '@backstage/FrontendModule',
      pluginId: 'catalog',
    });
  });
});

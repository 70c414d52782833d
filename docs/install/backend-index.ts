// Dashboard Health: policies, windowed validation runs and records (REST API under /api/dashboard-health)
backend.add(import('@dashboard-health/plugin-dashboard-health-backend'));
// Superset dashboards as catalog entities, one provider per instance in superset.instances
backend.add(import('@dashboard-health/plugin-catalog-backend-module-superset'));
// Dashboard health documents in search
backend.add(import('@dashboard-health/plugin-search-backend-module-dashboard-health'));

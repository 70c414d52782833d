/*
 * The Dashboard Health backend: the Backstage core plugins the product needs, plus our own.
 * Which Superset instances and databases it talks to is configuration (app-config*.yaml), not code.
 */
import { createBackend } from '@backstage/backend-defaults';
import { permissionModuleDashboardHealthPolicy } from './permissions/permissionPolicyModule';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Sign-in: the guest provider for the embedded setup; add real providers in production config.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
// Dashboards of every instance under `superset.instances` become catalog Resources of type dashboard.
backend.add(import('@dashboard-health/plugin-catalog-backend-module-superset'));

// The policy follows `dashboardHealth.permissions`: allow-all in development, owners-and-admins in
// production (app-config.production.yaml); see src/permissions.
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(permissionModuleDashboardHealthPolicy);

// Search: Lunr in memory on SQLite, the PostgreSQL engine when the database is PostgreSQL.
backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-pg'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(
  import('@dashboard-health/plugin-search-backend-module-dashboard-health'),
);

// Owners hear about regressions through notifications; signals push them to open browsers.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.add(import('@dashboard-health/plugin-dashboard-health-backend'));

backend.start();

// The frontend uses the one typed client of the REST API, defined in -common (checked against the backend's
// OpenAPI spec); re-exported here because apps and earlier versions import it from this package.
export { DashboardHealthClient } from '@dashboard-health/plugin-dashboard-health-common';

import { IndexableDocument } from '@backstage/plugin-search-common';
import { DashboardHealthDocumentFields } from '@dashboard-health/plugin-dashboard-health-common';

export { DASHBOARD_HEALTH_DOCUMENT_TYPE } from '@dashboard-health/plugin-dashboard-health-common';

/**
 * One dashboard with its latest health, as the search index holds it.
 *
 * @public
 */
export interface DashboardHealthDocument
  extends IndexableDocument,
    DashboardHealthDocumentFields {}

import { createRouteRef } from '@backstage/core-plugin-api';

/** The Health Center page, `/dashboard-health`. */
export const rootRouteRef = createRouteRef({ id: 'dashboard-health' });

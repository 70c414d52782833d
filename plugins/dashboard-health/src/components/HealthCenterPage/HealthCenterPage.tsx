import { Route, Routes } from 'react-router-dom';
import { PolicyPage } from '../policyPage';
import { HealthCenterTabs } from './HealthCenterTabs';

/** Where a policy's page sits below the Health Center: `/dashboard-health/policies/:id`. */
export const POLICY_PAGE_SUBPATH = 'policies';

/**
 * The Health Center and its sub-pages, routed below wherever the app mounts the page (both frontend
 * systems mount it with a trailing `/*`).
 */
export function HealthCenterPage() {
  return (
    <Routes>
      <Route path="/" element={<HealthCenterTabs />} />
      <Route path={`/${POLICY_PAGE_SUBPATH}/:id`} element={<PolicyPage />} />
    </Routes>
  );
}

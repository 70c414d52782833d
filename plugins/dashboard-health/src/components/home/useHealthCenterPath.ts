import { useRouteRef } from '@backstage/core-plugin-api';
import { rootRouteRef } from '../../routes';

/** Where the Health Center is mounted by default (the page's own path in both frontend systems). */
const DEFAULT_PATH = '/dashboard-health';

/**
 * The Health Center's path as the app mounts it. The widget lives on the home page, where the page may be
 * disabled or mounted elsewhere; an unresolved route must not break the whole card, so it falls back.
 */
export function useHealthCenterPath(): string {
  try {
    // useRouteRef runs all of its hooks before it can throw, so the hook order stays the same.
    return useRouteRef(rootRouteRef)();
  } catch {
    return DEFAULT_PATH;
  }
}

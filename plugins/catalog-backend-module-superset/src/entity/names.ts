/**
 * The entity name of a dashboard: `<instance>-dashboard-<id>`. Built from Superset's numeric id, not the
 * title or slug, because those can be edited in Superset and a renamed entity would lose its history
 * (validation records, policies refer to the entity ref).
 *
 * @public
 */
export function dashboardEntityName(
  instanceId: string,
  dashboardId: number,
): string {
  return `${instanceId}-dashboard-${dashboardId}`;
}

const TAG_MAX_LENGTH = 63;

/**
 * Superset tag names are free text ("Finance KPIs", "team:marketing"); Backstage tags must match
 * `^[a-z0-9:+#]+(-[a-z0-9:+#]+)*$` and be at most 63 characters. Returns undefined when nothing usable is left.
 */
export function toBackstageTag(name: string): string | undefined {
  const tag = name
    .toLowerCase()
    .replace(/[^a-z0-9:+#]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, TAG_MAX_LENGTH)
    .replace(/-+$/, '');
  return tag.length > 0 ? tag : undefined;
}

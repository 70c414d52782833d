import { Entity, EntityLink } from '@backstage/catalog-model';

/**
 * The entity's link to its dashboard in Superset. The Superset catalog module writes it first with type
 * `superset-dashboard` and the title "Open in Superset (…)"; hand-written entities may only have the title.
 */
export function findSupersetLink(entity: Entity): EntityLink | undefined {
  const links = entity.metadata.links ?? [];
  return (
    links.find(link => link.type === 'superset-dashboard') ??
    links.find(link => link.title?.startsWith('Open in Superset')) ??
    links[0]
  );
}

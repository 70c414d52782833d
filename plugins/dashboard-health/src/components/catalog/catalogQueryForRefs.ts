import { parseEntityRef } from '@backstage/catalog-model';
import { EntityFilter } from '@backstage/plugin-catalog-react';

/**
 * The catalog's filter predicate type, as the entity list takes it (no direct dependency on its package).
 *
 * @public
 */
export type CatalogQuery = NonNullable<
  ReturnType<NonNullable<EntityFilter['getCatalogQuery']>>
>;

/**
 * A catalog query that matches exactly the given entities: one `$in` of names per kind and namespace, so a
 * thousand dashboards make a few conditions rather than a thousand. No refs match nothing (`$any` of none).
 */
export function catalogQueryForRefs(
  entityRefs: Iterable<string>,
): CatalogQuery {
  const namesByGroup = new Map<
    string,
    { kind: string; namespace: string; names: string[] }
  >();
  for (const ref of entityRefs) {
    const { kind, namespace, name } = parseEntityRef(ref);
    const groupKey = `${kind}:${namespace}`.toLocaleLowerCase('en-US');
    const group = namesByGroup.get(groupKey) ?? { kind, namespace, names: [] };
    group.names.push(name);
    namesByGroup.set(groupKey, group);
  }
  return {
    $any: [...namesByGroup.values()].map(({ kind, namespace, names }) => ({
      kind,
      'metadata.namespace': namespace,
      'metadata.name': { $in: names },
    })),
  };
}

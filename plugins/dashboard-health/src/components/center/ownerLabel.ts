import { parseEntityRef } from '@backstage/catalog-model';
import { entityPresentationSnapshot } from '@backstage/plugin-catalog-react';

/** An owner ref as people say it: `data-team` for `group:default/data-team`. */
export function ownerLabel(owner: string): string {
  try {
    // Parsed first: the snapshot does not throw on a malformed ref, and the raw text reads better then.
    return entityPresentationSnapshot(parseEntityRef(owner), {
      defaultKind: 'group',
    }).primaryTitle;
  } catch {
    return owner;
  }
}

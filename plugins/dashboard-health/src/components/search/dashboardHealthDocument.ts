import { parseEntityRef } from '@backstage/catalog-model';
import { entityPresentationSnapshot } from '@backstage/plugin-catalog-react';
import { SearchDocument } from '@backstage/plugin-search-common';
import { DashboardHealthDocumentFields } from '@dashboard-health/plugin-dashboard-health-common';
import { isDisplayStatus } from '../catalog/DashboardHealthStatusFilter';

/**
 * A `dashboard-health` search document as the collator writes it. Search engines may drop empty fields,
 * so everything beyond the base document is optional here.
 *
 * @public
 */
export interface DashboardHealthSearchDocument
  extends SearchDocument,
    Partial<DashboardHealthDocumentFields> {}

function text(document: SearchDocument, field: string): string | undefined {
  const value = (document as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The document's fields, each checked, since an index built by an older collator may differ. */
export function readDashboardHealthDocument(
  document: SearchDocument,
): DashboardHealthSearchDocument {
  const status = text(document, 'status');
  return {
    title: document.title,
    text: document.text,
    location: document.location,
    entityRef: text(document, 'entityRef'),
    status: isDisplayStatus(status) ? status : undefined,
    summary: text(document, 'summary'),
    topIssue: text(document, 'topIssue'),
    environment: text(document, 'environment'),
    owner: text(document, 'owner'),
    lastCheckedAt: text(document, 'lastCheckedAt'),
  };
}

/** An owner ref as people say it: `data-team` for `group:default/data-team`. */
export function ownerName(owner: string): string {
  try {
    // Parsed first: the snapshot does not throw on a malformed ref, and the raw text reads better then.
    return entityPresentationSnapshot(parseEntityRef(owner), {
      defaultKind: 'group',
    }).primaryTitle;
  } catch {
    return owner;
  }
}

import { RawTag, RawUserRef } from '../schemas/common';
import { SupersetDatasourceRef, SupersetTag, SupersetUserRef } from '../types';

const TAG_TYPES: Record<string, number> = {
  custom: 1,
  type: 2,
  owner: 3,
  favorited_by: 4,
};

export function toUserRef(user: RawUserRef): SupersetUserRef {
  return {
    id: user.id,
    firstName: user.first_name ?? '',
    lastName: user.last_name ?? '',
  };
}

/**
 * Ownership across releases: up to 6.0 `owners`; afterwards `editors` (who may change the object, so
 * they count as owners) and `viewers`. A payload carrying both shapes is merged, without duplicates.
 */
export function toOwnership(raw: {
  owners?: RawUserRef[] | null;
  editors?: RawUserRef[] | null;
  viewers?: RawUserRef[] | null;
}): { owners: SupersetUserRef[]; viewers: SupersetUserRef[] } {
  return {
    owners: uniqueUsers([...(raw.owners ?? []), ...(raw.editors ?? [])]),
    viewers: uniqueUsers(raw.viewers ?? []),
  };
}

function uniqueUsers(users: RawUserRef[]): SupersetUserRef[] {
  const byId = new Map<number, SupersetUserRef>();
  for (const user of users) {
    if (!byId.has(user.id)) {
      byId.set(user.id, toUserRef(user));
    }
  }
  return [...byId.values()];
}

export function toTags(tags: RawTag[] | null | undefined): SupersetTag[] {
  return (tags ?? []).map(tag => ({
    id: tag.id,
    name: tag.name ?? '',
    type:
      typeof tag.type === 'number' ? tag.type : TAG_TYPES[tag.type ?? ''] ?? 1,
  }));
}

/** Superset links are relative to its root (`/superset/dashboard/1/`); consumers want them clickable. */
export function absoluteUrl(baseUrl: string, link: string): string {
  if (/^https?:\/\//i.test(link)) {
    return link;
  }
  return `${baseUrl}${link.startsWith('/') ? '' : '/'}${link}`;
}

/** A JSON object stored as a string (`params`, `query_context`, `position_json`); null when it is not one. */
export function parseJsonObject(
  text: string | null | undefined,
): Record<string, unknown> | null {
  if (!text) {
    return null;
  }
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

/**
 * A datasource reference: the `{id, type}` object of a query context, or the `1__table` string of form
 * data. Null when `value` is neither.
 */
export function toDatasourceRef(value: unknown): SupersetDatasourceRef | null {
  if (isRecord(value)) {
    const id = typeof value.id === 'string' ? Number(value.id) : value.id;
    if (typeof id === 'number' && Number.isInteger(id)) {
      return {
        id,
        type: typeof value.type === 'string' ? value.type : 'table',
      };
    }
    return null;
  }
  if (typeof value === 'string') {
    const match = /^(\d+)__(\w+)$/.exec(value);
    return match ? { id: Number(match[1]), type: match[2] } : null;
  }
  return null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `null`/`undefined` → undefined, for optional domain fields. */
export function optional<T>(value: T | null | undefined): T | undefined {
  return value ?? undefined;
}

import type { Ownership } from '../scenario/schema';
import type { User } from './types';

/** The `{first_name, id, last_name}` shape Superset uses for owners, editors, viewers, *_by. */
export function userRef(user: User): {
  first_name: string;
  id: number;
  last_name: string;
} {
  return {
    first_name: user.first_name,
    id: user.id,
    last_name: user.last_name,
  };
}

export function userRefOrNull(user: User | null) {
  return user ? userRef(user) : null;
}

export function fullName(user: User | null): string {
  return user ? `${user.first_name} ${user.last_name}` : '';
}

/**
 * Superset up to 6.0 names a dashboard's or chart's people `owners`; later releases replace that
 * with `editors` and `viewers` (same user shape).
 */
export function peopleFields(
  ownership: Ownership,
  owners: User[],
  viewers: User[],
): Record<string, unknown> {
  if (ownership === 'editors') {
    return { editors: owners.map(userRef), viewers: viewers.map(userRef) };
  }
  return { owners: owners.map(userRef) };
}

/** The same swap in label/list/show column names ("owners.id" -> "editors.id", then "viewers.id"). */
export function peopleColumns(
  ownership: Ownership,
  columns: string[],
): string[] {
  if (ownership === 'owners') {
    return columns;
  }
  const ownerFields = columns
    .filter(c => c.startsWith('owners.'))
    .map(c => c.slice('owners.'.length));
  const lastOwner = columns.map(c => c.startsWith('owners.')).lastIndexOf(true);
  return columns.flatMap((column, index) => {
    const renamed = column.startsWith('owners.')
      ? [`editors.${column.slice('owners.'.length)}`]
      : [column];
    return index === lastOwner
      ? [...renamed, ...ownerFields.map(f => `viewers.${f}`)]
      : renamed;
  });
}

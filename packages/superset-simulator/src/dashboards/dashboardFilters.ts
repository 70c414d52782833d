import type { ListFilter } from '../http/listArgs';
import type { Model, ResolvedDashboard, User } from '../model/types';

const STRING_OPS = ['eq', 'neq', 'sw', 'nsw', 'ew', 'new', 'ct', 'nct'];

/** DashboardRestApi's searchable columns and their operators (FAB defaults + Superset's own). */
export function dashboardSearchFilters(model: Model): Record<string, string[]> {
  const people: Record<string, string[]> =
    model.ownership === 'editors'
      ? { editors: ['rel_m_m'], viewers: ['rel_m_m'] }
      : { owners: ['rel_m_m'] };
  return {
    created_by: [
      'rel_o_m',
      'nrel_o_m',
      'dashboard_created_by_me',
      'dashboard_has_created_by',
    ],
    changed_by: ['rel_o_m', 'nrel_o_m'],
    dashboard_title: [...STRING_OPS, 'title_or_slug'],
    id: [
      'eq',
      'neq',
      'gt',
      'lt',
      'in',
      'dashboard_is_favorite',
      'dashboard_is_certified',
    ],
    ...people,
    published: ['eq', 'neq'],
    roles: ['rel_m_m'],
    slug: STRING_OPS,
    tags: ['rel_m_m', 'dashboard_tags', 'dashboard_tag_id'],
    uuid: ['eq', 'neq'],
  };
}

type Predicate = (dashboard: ResolvedDashboard) => boolean;

function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === 'true' || value === '1';
}

function stringMatch(
  opr: string,
  actual: string | null,
  value: unknown,
): boolean {
  const text = String(value).toLowerCase();
  const subject = (actual ?? '').toLowerCase();
  switch (opr) {
    case 'eq':
      return actual === String(value);
    case 'neq':
      return actual !== String(value);
    case 'sw':
      return subject.startsWith(text);
    case 'nsw':
      return !subject.startsWith(text);
    case 'ew':
      return subject.endsWith(text);
    case 'new':
      return !subject.endsWith(text);
    case 'ct':
      return subject.includes(text);
    default:
      return !subject.includes(text);
  }
}

function idMatch(opr: string, id: number, value: unknown): boolean {
  const values = (Array.isArray(value) ? value : [value]).map(Number);
  switch (opr) {
    case 'eq':
      return id === Number(value);
    case 'neq':
      return id !== Number(value);
    case 'gt':
      return id > Number(value);
    case 'lt':
      return id < Number(value);
    default:
      return values.includes(id);
  }
}

const hasUser = (users: User[], value: unknown) =>
  users.some(u => u.id === Number(value));

function predicateFor(filter: ListFilter, userId: number): Predicate {
  const { col, opr, value } = filter;
  switch (col) {
    case 'dashboard_title':
      if (opr === 'title_or_slug') {
        const text = String(value ?? '').toLowerCase();
        return d =>
          !text ||
          d.source.title.toLowerCase().includes(text) ||
          (d.source.slug ?? '').toLowerCase().includes(text);
      }
      return d => stringMatch(opr, d.source.title, value);
    case 'slug':
      return d => stringMatch(opr, d.source.slug ?? null, value);
    case 'uuid':
      return d => stringMatch(opr, d.uuid, value);
    case 'published':
      return d => (d.source.published === toBoolean(value)) === (opr === 'eq');
    case 'id':
      if (opr === 'dashboard_is_certified') {
        return d => !!d.source.certified_by === toBoolean(value);
      }
      if (opr === 'dashboard_is_favorite') {
        // The service account has no favourites.
        return () => !toBoolean(value);
      }
      return d => idMatch(opr, d.source.id, value);
    case 'owners':
    case 'editors':
      return d => hasUser(d.owners, value);
    case 'viewers':
      return d => hasUser(d.viewers, value);
    case 'roles':
      return () => false;
    case 'tags':
      if (opr === 'dashboard_tags') {
        const text = String(value).toLowerCase();
        return d => d.tags.some(t => t.name.toLowerCase().includes(text));
      }
      return d => d.tags.some(t => t.id === Number(value));
    case 'created_by':
      if (opr === 'dashboard_created_by_me') {
        return d => d.createdBy?.id === userId || d.changedBy?.id === userId;
      }
      if (opr === 'dashboard_has_created_by') {
        return d => (d.createdBy !== null) === toBoolean(value);
      }
      return d => (d.createdBy?.id === Number(value)) === (opr === 'rel_o_m');
    default:
      return d => (d.changedBy?.id === Number(value)) === (opr === 'rel_o_m');
  }
}

/** All filters of a list request combined (FAB ANDs them). */
export function dashboardPredicate(
  filters: ListFilter[],
  userId: number,
): Predicate {
  const predicates = filters.map(f => predicateFor(f, userId));
  return d => predicates.every(p => p(d));
}

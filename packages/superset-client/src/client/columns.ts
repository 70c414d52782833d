/**
 * Columns requested from the dashboard list, so each page carries only what a summary needs (the full
 * row has changed_by, created_by, roles, humanized dates, thumbnails...). Both ownership shapes are asked
 * for: FAB silently drops requested columns that are not list columns of the route, so a release with
 * `owners` ignores `editors.*`/`viewers.*` and a release with editors ignores `owners.*`.
 */
export const DASHBOARD_LIST_COLUMNS = [
  'id',
  'dashboard_title',
  'slug',
  'url',
  'published',
  'status',
  'uuid',
  'changed_on_utc',
  'certified_by',
  'certification_details',
  'owners.id',
  'owners.first_name',
  'owners.last_name',
  'editors.id',
  'editors.first_name',
  'editors.last_name',
  'viewers.id',
  'viewers.first_name',
  'viewers.last_name',
  'tags.id',
  'tags.name',
  'tags.type',
];

export const DATABASE_LIST_COLUMNS = ['id', 'database_name', 'backend', 'uuid'];

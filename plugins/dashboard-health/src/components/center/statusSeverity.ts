import { DisplayStatus } from '../shared';

/**
 * How bad a status is, worst highest. A failing dashboard shows wrong or no data, an error means the check
 * itself broke, a warning is a smell; never-checked sits above pass because nobody knows yet.
 */
export const STATUS_SEVERITY: Record<DisplayStatus, number> = {
  fail: 4,
  error: 3,
  warn: 2,
  never: 1,
  pass: 0,
};

/** Every status, worst first: the order of counts and filter options. */
export const STATUSES_WORST_FIRST: DisplayStatus[] = [
  'fail',
  'error',
  'warn',
  'never',
  'pass',
];

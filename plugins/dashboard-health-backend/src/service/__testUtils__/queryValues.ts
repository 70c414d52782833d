import { RUN_STATUSES } from '@dashboard-health/plugin-dashboard-health-common';
import fc from 'fast-check';
import { once, repeated, text } from './occurrences';

// Values each validated query parameter must accept (valid) or refuse with 400 (invalid), after the
// -common schemas the routes parse with. Cursors are in cursorValues.ts.

const isAcceptedLimit = (value: string) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 500;
};

export const limit = {
  valid: once(fc.integer({ min: 1, max: 500 }).map(String)),
  invalid: fc.oneof(
    once(fc.integer({ max: 0 }).map(String)),
    once(fc.integer({ min: 501 }).map(String)),
    once(fc.bigInt({ min: 10n ** 16n, max: 10n ** 40n }).map(String)),
    once(fc.double({ noInteger: true }).map(String)),
    once(fc.constantFrom('', ' ', 'abc', '1e400', 'NaN', 'Infinity', '-0')),
    once(fc.string().filter(s => !isAcceptedLimit(s))),
    repeated(fc.integer({ min: 1, max: 500 }).map(String)),
  ),
};

/** Refs of a dashboard the test catalog holds, spelled the ways the schema normalises. */
export const entityRef = {
  valid: once(
    fc.constantFrom(
      'resource:default/dash-1',
      'Resource:default/DASH-1',
      ' resource:default/dash-1 ',
    ),
  ),
  invalid: fc.oneof(
    once(fc.constantFrom('', '   ', 'not a ref', 'dash-1', ':/', 'a:b/')),
    once(fc.string().filter(s => !s.includes(':'))),
    repeated(fc.constant('resource:default/dash-1')),
  ),
};

export const policyId = {
  valid: once(text({ minLength: 1 })),
  invalid: fc.oneof(once(fc.constant('')), repeated(text({ minLength: 1 }))),
};

export const runStatus = {
  valid: once(fc.constantFrom(...RUN_STATUSES)),
  invalid: fc.oneof(
    once(
      fc.string().filter(s => !(RUN_STATUSES as readonly string[]).includes(s)),
    ),
    repeated(fc.constantFrom(...RUN_STATUSES)),
  ),
};

const instant = fc.date({
  min: new Date(Date.UTC(1970, 0, 1)),
  max: new Date(Date.parse('9999-12-31T23:59:59.999Z')),
  noInvalidDate: true,
});

export const dateTime = {
  valid: fc.oneof(
    once(instant.map(d => d.toISOString())),
    once(instant.map(d => d.toISOString().replace('Z', '+05:30'))),
  ),
  invalid: fc.oneof(
    once(
      fc.constantFrom(
        '',
        '2026-02-30T00:00:00Z',
        '2026-13-01T00:00:00Z',
        '2026-01-01T25:00:00Z',
        '2026-01-01',
        '2026-01-01T00:00:00',
        '+275760-09-13T00:00:00.000Z',
        '1700000000000',
        'tomorrow',
      ),
    ),
    once(fc.string().filter(s => !/^\d{4}-\d\d-\d\dT/.test(s))),
    repeated(instant.map(d => d.toISOString())),
  ),
};

export const calendarDate = {
  valid: once(instant.map(d => d.toISOString().slice(0, 10))),
  invalid: fc.oneof(
    once(
      fc.constantFrom(
        '',
        '2026-02-30',
        '2026-2-1',
        '20260101',
        '2026-01-01T00:00:00Z',
        'tomorrow',
      ),
    ),
    once(fc.string().filter(s => !/^\d{4}-\d{2}-\d{2}$/.test(s))),
    repeated(instant.map(d => d.toISOString().slice(0, 10))),
  ),
};

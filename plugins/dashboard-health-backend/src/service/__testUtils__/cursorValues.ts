import fc from 'fast-check';
import { asCursor, once, repeated, text } from './occurrences';

/** The instants a cursor may hold: years 0000 to 9999, which both databases store (JS dates go further). */
const FIRST_INSTANT = Date.parse('0000-01-01T00:00:00.000Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

const isHandedOutKey = (key: unknown) =>
  Array.isArray(key) &&
  key.length === 2 &&
  Number.isInteger(key[0]) &&
  key[0] >= FIRST_INSTANT &&
  key[0] <= LAST_INSTANT &&
  typeof key[1] === 'string' &&
  !key[1].includes('\0');

const decodesToHandedOutKey = (cursor: string) => {
  try {
    return isHandedOutKey(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
  } catch {
    return false;
  }
};

export const cursor = {
  valid: fc.oneof(
    once(
      fc
        .tuple(
          fc.integer({ min: FIRST_INSTANT, max: LAST_INSTANT }),
          text({ minLength: 1 }),
        )
        .map(asCursor),
    ),
  ),
  invalid: fc.oneof(
    once(
      fc.constantFrom(
        '',
        asCursor(['abc', 'x']),
        asCursor(['1700000000000', 'run-1']),
        asCursor([]),
        asCursor([1_700_000_000_000]),
        asCursor([1_700_000_000_000, 'run-1', 3]),
        asCursor([null, 'run-1']),
        asCursor([1_700_000_000_000, null]),
        asCursor([1_700_000_000_000, 42]),
        asCursor([1.5, 'run-1']),
        asCursor([1e300, 'run-1']),
        asCursor([-8.64e15, 'run-1']),
        asCursor([LAST_INSTANT + 1, 'run-1']),
        asCursor([1_700_000_000_000, 'run-\0']),
        asCursor({ time: 1, id: 'run-1' }),
        asCursor('run-1'),
        asCursor(null),
      ),
    ),
    once(
      fc
        .jsonValue()
        .filter(key => !isHandedOutKey(key))
        .map(asCursor),
    ),
    once(fc.string({ minLength: 1 }).filter(s => !decodesToHandedOutKey(s))),
    repeated(fc.constant(asCursor([1_700_000_000_000, 'run-1']))),
  ),
};

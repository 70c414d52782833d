import { decodeKeysetCursor } from './keysetPage';
import { CursorError, encodeCursor } from './rows';

describe('decodeKeysetCursor', () => {
  it('reads back the key keysetPage encodes', () => {
    const time = new Date('2026-03-29T01:30:00.000Z');
    expect(decodeKeysetCursor(encodeCursor([time.getTime(), 'run-1']))).toEqual(
      { time, id: 'run-1' },
    );
  });

  it.each([
    ['not base64 JSON', '!!!'],
    ['a JSON object', Buffer.from('{"t":1}').toString('base64url')],
    ['a time that is text', encodeCursor(['abc', 'run-1'])],
    ['a time as numeric text', encodeCursor(['1774747800000', 'run-1'])],
    ['a fractional time', encodeCursor([1.5, 'run-1'])],
    ['a time past year 9999', encodeCursor([8.64e15, 'run-1'])],
    ['a time before year 0', encodeCursor([-8.64e15, 'run-1'])],
    ['an id that is not text', encodeCursor([1, 2])],
    ['an id with NUL', encodeCursor([1, 'run-\0'])],
    ['one element', encodeCursor([1])],
    ['three elements', encodeCursor([1, 'run-1', 3])],
  ])('refuses %s with a CursorError', (_what, cursor) => {
    expect(() => decodeKeysetCursor(cursor)).toThrow(CursorError);
  });
});

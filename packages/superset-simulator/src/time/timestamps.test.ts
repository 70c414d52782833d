import {
  formatNaiveIso,
  formatUtcWithOffset,
  isTimestampText,
  resolveTimestamp,
} from './timestamps';

describe('timestamps', () => {
  it('keeps microseconds through a round trip', () => {
    const us = resolveTimestamp('2025-07-22T13:46:03.120554', 0);
    expect(formatNaiveIso(us)).toBe('2025-07-22T13:46:03.120554');
    expect(formatUtcWithOffset(us)).toBe('2025-07-22T13:46:03.120554+0000');
  });

  it('leaves out a zero fraction like Python isoformat', () => {
    const us = resolveTimestamp('2025-07-24T09:58:12', 0);
    expect(formatNaiveIso(us)).toBe('2025-07-24T09:58:12');
    expect(formatUtcWithOffset(us)).toBe('2025-07-24T09:58:12.000000+0000');
  });

  it('resolves ages against now and honours offsets', () => {
    const now = Date.parse('2025-07-24T10:00:00Z');
    expect(formatNaiveIso(resolveTimestamp('9d', now))).toBe(
      '2025-07-15T10:00:00',
    );
    expect(
      formatNaiveIso(resolveTimestamp('2025-07-24T12:00:00+02:00', now)),
    ).toBe('2025-07-24T10:00:00');
  });

  it('tells timestamps from other text', () => {
    expect(
      ['2025-07-24', '36h', '2025-07-24 10:00'].every(isTimestampText),
    ).toBe(true);
    expect(
      ['yesterday', '9 days', '2025-13-45', '2025-02-30T10:00'].some(
        isTimestampText,
      ),
    ).toBe(false);
  });
});

import { nextWindowDate, isWindowDay } from './bounds';
import { Window } from './schema';

describe('nextWindowDate', () => {
  const nightly: Window = {
    start: '01:00',
    end: '05:00',
    timezone: 'Europe/Berlin',
  };

  it('is today while the window has not ended, tomorrow after', () => {
    expect(nextWindowDate(nightly, new Date('2026-06-10T00:30:00Z'))).toBe(
      '2026-06-10',
    ); // 02:30 local, open
    expect(nextWindowDate(nightly, new Date('2026-06-09T20:00:00Z'))).toBe(
      '2026-06-10',
    ); // 22:00 local: the 9th's has ended
  });

  it('counts the local date, not the UTC one', () => {
    // 23:30 UTC on the 9th is 01:30 on the 10th in Berlin: the 10th's window is open.
    expect(nextWindowDate(nightly, new Date('2026-06-09T23:30:00Z'))).toBe(
      '2026-06-10',
    );
    // 03:30 UTC on the 10th is 05:30 in Berlin: the 10th's window has ended.
    expect(nextWindowDate(nightly, new Date('2026-06-10T03:30:00Z'))).toBe(
      '2026-06-11',
    );
  });

  it('keeps yesterday while a cross-midnight window is still open', () => {
    const late: Window = {
      start: '22:00',
      end: '02:00',
      timezone: 'Europe/Berlin',
    };
    expect(nextWindowDate(late, new Date('2026-06-10T23:00:00Z'))).toBe(
      '2026-06-10',
    ); // 01:00 on the 11th
    expect(nextWindowDate(late, new Date('2026-06-11T00:30:00Z'))).toBe(
      '2026-06-11',
    ); // 02:30 on the 11th
  });

  it('skips days the window does not run on', () => {
    const weekdays: Window = {
      ...nightly,
      days: ['mon', 'tue', 'wed', 'thu', 'fri'],
    };
    // Friday 2026-06-12 06:00 local: next is Monday the 15th.
    expect(nextWindowDate(weekdays, new Date('2026-06-12T04:00:00Z'))).toBe(
      '2026-06-15',
    );
    expect(isWindowDay(weekdays, '2026-06-13')).toBe(false);
    expect(isWindowDay(weekdays, '2026-06-15')).toBe(true);
  });
});

import { overlappingOccurrences } from './windowOverlap';

const at = (iso: string) => Date.parse(iso);

describe('overlappingOccurrences', () => {
  it('finds the occurrences of a window in another zone that overlap a span, with the overlap', () => {
    // 01:00–05:00 Berlin (summer: 23:00–03:00 UTC) against 00:00–02:00 UTC on 10 June.
    const found = overlappingOccurrences(
      { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' },
      at('2026-06-10T00:00:00Z'),
      at('2026-06-10T02:00:00Z'),
    );
    expect(found).toEqual([
      {
        startMs: at('2026-06-09T23:00:00Z'),
        endMs: at('2026-06-10T03:00:00Z'),
        overlapMs: 2 * 3600_000,
      },
    ]);
  });

  it('skips days the window does not run and windows that do not touch the span', () => {
    const span = [
      at('2026-06-10T01:00:00Z'),
      at('2026-06-10T05:00:00Z'),
    ] as const;
    // 10 June 2026 is a Wednesday.
    expect(
      overlappingOccurrences(
        { start: '02:00', end: '03:00', timezone: 'UTC', days: ['tue', 'thu'] },
        ...span,
      ),
    ).toEqual([]);
    expect(
      overlappingOccurrences(
        { start: '05:00', end: '06:00', timezone: 'UTC' },
        ...span,
      ),
    ).toEqual([]);
    // A window crossing midnight counts from the evening before.
    expect(
      overlappingOccurrences(
        { start: '22:00', end: '02:00', timezone: 'UTC' },
        ...span,
      ).map(o => o.overlapMs),
    ).toEqual([3600_000]);
  });
});

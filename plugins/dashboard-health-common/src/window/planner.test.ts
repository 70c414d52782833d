/* eslint-disable jest/no-conditional-expect -- property tests branch on which outcome a random input has */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { WindowPlanError } from './errors';
import { planWindow } from './planner';
import { Window } from './schema';

const refs = (n: number, prefix = 'dash') =>
  Array.from({ length: n }, (_, i) => `resource:default/${prefix}-${i}`);

function expectPlanError(fn: () => unknown, code: string, field: string) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(WindowPlanError);
    expect((error as WindowPlanError).code).toBe(code);
    expect((error as WindowPlanError).field).toBe(field);
    expect((error as WindowPlanError).message).toMatch(
      new RegExp(`^${field.replace('.', '\\.')}: `),
    );
    return;
  }
  throw new Error(`expected a WindowPlanError '${code}'`);
}

describe('planWindow, named cases', () => {
  const berlin: Window = {
    start: '01:00',
    end: '05:00',
    timezone: 'Europe/Berlin',
  };

  it('spreads 15 dashboards over 01:00–05:00: one every 16 min, the first at 01:08', () => {
    const plan = planWindow({
      window: berlin,
      date: '2026-06-10',
      entityRefs: refs(15),
    });
    expect(plan.windowStart).toBe('2026-06-09T23:00:00.000Z');
    expect(plan.windowEnd).toBe('2026-06-10T03:00:00.000Z');
    expect(plan.spacingSeconds).toBe(960);
    const local = plan.slots.map(s =>
      DateTime.fromISO(s.plannedAt, { zone: 'Europe/Berlin' }).toFormat(
        'HH:mm',
      ),
    );
    expect(local.slice(0, 3)).toEqual(['01:08', '01:24', '01:40']);
    expect(local[14]).toBe('04:52');
    expect(new Set(plan.slots.map(s => s.entityRef))).toEqual(
      new Set(refs(15)),
    );
  });

  it('plans only what is left of the window from notBefore on (a mid-window edit)', () => {
    const plan = planWindow({
      window: berlin,
      date: '2026-06-10',
      entityRefs: refs(6),
      // 03:00 Berlin: two of the four hours are left.
      notBefore: new Date('2026-06-10T01:00:00.000Z'),
    });
    expect(plan.windowStart).toBe('2026-06-09T23:00:00.000Z');
    expect(plan.spacingSeconds).toBe(1200);
    expect(plan.slots[0].plannedAt).toBe('2026-06-10T01:10:00.000Z');
    expect(plan.slots[5].plannedAt).toBe('2026-06-10T02:50:00.000Z');
    // A notBefore ahead of the window changes nothing.
    const whole = planWindow({
      window: berlin,
      date: '2026-06-10',
      entityRefs: refs(6),
      notBefore: new Date('2026-06-09T12:00:00.000Z'),
    });
    expect(whole.spacingSeconds).toBe(2400);
  });

  it('refuses to plan an occurrence that is already over', () => {
    expectPlanError(
      () =>
        planWindow({
          window: berlin,
          date: '2026-06-10',
          entityRefs: refs(2),
          notBefore: new Date('2026-06-10T03:00:00.000Z'),
        }),
      'window-over',
      'date',
    );
  });

  it('gives a 01:00–05:00 window 3 h of real time on the spring-forward night', () => {
    const plan = planWindow({
      window: berlin,
      date: '2026-03-29',
      entityRefs: refs(3),
    });
    expect(plan.windowStart).toBe('2026-03-29T00:00:00.000Z');
    expect(plan.windowEnd).toBe('2026-03-29T03:00:00.000Z');
    expect(plan.spacingSeconds).toBe(3600);
    expect(plan.slots.map(s => s.plannedAt)).toEqual([
      '2026-03-29T00:30:00.000Z',
      '2026-03-29T01:30:00.000Z',
      '2026-03-29T02:30:00.000Z',
    ]);
  });

  it('gives a 01:00–05:00 window 5 h of real time on the fall-back night', () => {
    const plan = planWindow({
      window: berlin,
      date: '2026-10-25',
      entityRefs: refs(5),
    });
    expect(plan.windowStart).toBe('2026-10-24T23:00:00.000Z');
    expect(plan.windowEnd).toBe('2026-10-25T04:00:00.000Z');
    expect(plan.spacingSeconds).toBe(3600);
  });

  it('does the same in the US, where the change happens at 02:00 local', () => {
    const window: Window = {
      start: '01:00',
      end: '05:00',
      timezone: 'America/New_York',
    };
    const spring = planWindow({
      window,
      date: '2026-03-08',
      entityRefs: refs(1),
    });
    const fall = planWindow({
      window,
      date: '2026-11-01',
      entityRefs: refs(1),
    });
    expect(spring.spacingSeconds).toBe(3 * 3600);
    // 01:00 itself occurs twice that night; luxon takes the later one (01:00 EST), so 4 h remain.
    expect(fall.windowStart).toBe('2026-11-01T06:00:00.000Z');
    expect(fall.spacingSeconds).toBe(4 * 3600);
    const early = planWindow({
      window: { ...window, start: '00:30' },
      date: '2026-11-01',
      entityRefs: refs(1),
    });
    expect(early.spacingSeconds).toBe(5.5 * 3600);
  });

  it('lets a window that crosses midnight belong to the date it starts on', () => {
    const window: Window = {
      start: '22:00',
      end: '02:00',
      timezone: 'Europe/Berlin',
    };
    const plan = planWindow({
      window,
      date: '2026-06-01',
      entityRefs: refs(4),
    });
    expect(plan.windowStart).toBe('2026-06-01T20:00:00.000Z');
    expect(plan.windowEnd).toBe('2026-06-02T00:00:00.000Z');
    expect(plan.slots[0].plannedAt).toBe('2026-06-01T20:30:00.000Z');
  });

  it('moves a start time skipped by spring-forward forward by the gap, as luxon does', () => {
    const window: Window = {
      start: '02:30',
      end: '04:00',
      timezone: 'Europe/Berlin',
    };
    const plan = planWindow({
      window,
      date: '2026-03-29',
      entityRefs: refs(1),
    });
    // 02:30 does not exist that night; luxon resolves it to 03:30 CEST = 01:30Z.
    expect(plan.windowStart).toBe('2026-03-29T01:30:00.000Z');
    expect(plan.windowEnd).toBe('2026-03-29T02:00:00.000Z');
  });

  it('takes the later of two occurrences of a repeated time on fall-back, as luxon does', () => {
    const window: Window = {
      start: '02:30',
      end: '04:00',
      timezone: 'Europe/Berlin',
    };
    const plan = planWindow({
      window,
      date: '2026-10-25',
      entityRefs: refs(1),
    });
    expect(plan.windowStart).toBe('2026-10-25T01:30:00.000Z'); // 02:30 CET, the second 02:30
    expect(plan.windowEnd).toBe('2026-10-25T03:00:00.000Z');
  });

  it('handles a 30-minute DST shift (Australia/Lord_Howe)', () => {
    const window: Window = {
      start: '01:00',
      end: '03:00',
      timezone: 'Australia/Lord_Howe',
    };
    // Lord Howe leaves daylight time on 2026-04-05 at 02:00 (clocks back 30 min).
    const plan = planWindow({
      window,
      date: '2026-04-05',
      entityRefs: refs(1),
    });
    expect(plan.spacingSeconds).toBe(2.5 * 3600);
  });

  it('moves a window that lies wholly in a DST gap forward by the gap', () => {
    const window: Window = {
      start: '02:10',
      end: '02:50',
      timezone: 'Europe/Berlin',
    };
    const plan = planWindow({
      window,
      date: '2026-03-29',
      entityRefs: refs(1),
    });
    expect(plan.windowStart).toBe('2026-03-29T01:10:00.000Z'); // 03:10 CEST
    expect(plan.spacingSeconds).toBe(40 * 60);
  });

  it('rejects a window whose start is pushed past its end by a DST gap', () => {
    const window: Window = {
      start: '02:30',
      end: '03:15',
      timezone: 'Europe/Berlin',
    };
    expectPlanError(
      () => planWindow({ window, date: '2026-03-29', entityRefs: refs(1) }),
      'empty-window',
      'window',
    );
  });

  it('orders dashboards by a stable hash, not by name, independent of input order', () => {
    const input = refs(50);
    const plan = planWindow({
      window: berlin,
      date: '2026-06-10',
      entityRefs: input,
    });
    const shuffled = planWindow({
      window: berlin,
      date: '2026-06-10',
      entityRefs: [...input].reverse(),
    });
    expect(shuffled).toEqual(plan);
    const order = plan.slots.map(s => s.entityRef);
    expect(order).not.toEqual(input);
    expect(order).not.toEqual([...input].sort());
    // Adding a dashboard keeps the others' relative order.
    const grown = planWindow({
      window: berlin,
      date: '2026-06-10',
      entityRefs: [...input, 'resource:default/newcomer'],
    });
    expect(
      grown.slots
        .map(s => s.entityRef)
        .filter(r => r !== 'resource:default/newcomer'),
    ).toEqual(order);
  });

  describe('errors name the field and never crash', () => {
    it('start == end', () => {
      expectPlanError(
        () =>
          planWindow({
            window: { start: '03:00', end: '03:00', timezone: 'UTC' },
            date: '2026-06-10',
            entityRefs: refs(1),
          }),
        'invalid-window',
        'window.end',
      );
    });
    it('unknown time zone', () => {
      expectPlanError(
        () =>
          planWindow({
            window: {
              start: '01:00',
              end: '03:00',
              timezone: 'Mars/Olympus_Mons',
            },
            date: '2026-06-10',
            entityRefs: refs(1),
          }),
        'unknown-timezone',
        'window.timezone',
      );
    });
    it('empty list', () => {
      expectPlanError(
        () =>
          planWindow({ window: berlin, date: '2026-06-10', entityRefs: [] }),
        'no-entities',
        'entityRefs',
      );
    });
    it('duplicate refs, compared the way the catalog compares them', () => {
      expect(() =>
        planWindow({
          window: berlin,
          date: '2026-06-10',
          entityRefs: ['resource:default/a', 'Resource:default/A'],
        }),
      ).toThrow(
        'entityRefs: must not list a dashboard twice: Resource:default/A',
      );
    });
    it('more dashboards than the minimum spacing allows', () => {
      const window: Window = { start: '01:00', end: '02:00', timezone: 'UTC' };
      expect(
        planWindow({ window, date: '2026-06-10', entityRefs: refs(3600) })
          .spacingSeconds,
      ).toBe(1);
      expectPlanError(
        () =>
          planWindow({ window, date: '2026-06-10', entityRefs: refs(3601) }),
        'too-dense',
        'entityRefs',
      );
      expectPlanError(
        () =>
          planWindow({
            window,
            date: '2026-06-10',
            entityRefs: refs(61),
            minSpacingSeconds: 60,
          }),
        'too-dense',
        'entityRefs',
      );
    });
    it('a date that does not exist', () => {
      expectPlanError(
        () =>
          planWindow({
            window: berlin,
            date: '2026-02-30',
            entityRefs: refs(1),
          }),
        'invalid-date',
        'date',
      );
    });
    it('a date that is not one of the window days', () => {
      expect(() =>
        planWindow({
          window: { ...berlin, days: ['mon', 'tue'] },
          date: '2026-03-29',
          entityRefs: refs(1),
        }),
      ).toThrow(
        "date: 2026-03-29 is a Sunday, not one of the window's days (mon, tue)",
      );
    });
  });
});

// --- properties -------------------------------------------------------------------------------

const ZONES = Intl.supportedValuesOf('timeZone');
/** The DST change dates of 2026 and 2027 in the main rule families, plus their neighbours. */
const DST_DATES = [
  '2026-03-08',
  '2026-11-01',
  '2027-03-14',
  '2027-11-07', // United States, Canada
  '2026-03-29',
  '2026-10-25',
  '2027-03-28',
  '2027-10-31', // European Union, UK
  '2026-04-05',
  '2026-10-04',
  '2027-04-04',
  '2027-10-03', // Australia (south-east), Lord Howe
  '2026-04-05',
  '2026-09-27',
  '2027-04-04',
  '2027-09-26', // New Zealand, Chatham
  '2026-03-27',
  '2026-10-25', // Israel, Middle East
  '2026-04-04',
  '2026-09-05', // Chile
].flatMap(d => [d, DateTime.fromISO(d).minus({ days: 1 }).toISODate()!]);

const zoneArb = fc.oneof(
  fc.constantFrom(...ZONES),
  fc.constantFrom(
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'America/Santiago',
    'Asia/Jerusalem',
  ),
);
const dateArb = fc.oneof(
  fc.constantFrom(...DST_DATES),
  fc
    .integer({ min: 0, max: 2 * 366 })
    .map(days => DateTime.fromISO('2026-01-01').plus({ days }).toISODate()!),
);
const timeArb = fc
  .record({
    h: fc.integer({ min: 0, max: 23 }),
    m: fc.constantFrom(0, 15, 30, 45, 7, 59),
  })
  .map(
    ({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
  );
const windowArb = fc
  .record({ start: timeArb, end: timeArb, timezone: zoneArb })
  .filter(w => w.start !== w.end);

/** The window's real bounds computed independently, by luxon parsing of local date-times. */
function expectedBounds(window: Window, date: string) {
  const start = DateTime.fromISO(`${date}T${window.start}`, {
    zone: window.timezone,
  });
  const endDate =
    window.end <= window.start
      ? DateTime.fromISO(date).plus({ days: 1 }).toISODate()
      : date;
  const end = DateTime.fromISO(`${endDate}T${window.end}`, {
    zone: window.timezone,
  });
  return { start: start.toMillis(), end: end.toMillis() };
}

describe('planWindow, properties', () => {
  it('evenly spaced, inside the window, complete and deterministic for any zone, date, window and N', () => {
    fc.assert(
      fc.property(
        windowArb,
        dateArb,
        fc.integer({ min: 1, max: 400 }),
        (window, date, n) => {
          const entityRefs = refs(n);
          const expected = expectedBounds(window, date);
          let plan;
          try {
            plan = planWindow({ window, date, entityRefs });
          } catch (error) {
            // The only legitimate failures: a DST gap pushed the start past the end, or the window is too
            // short to keep 1 s between N slots.
            expect(error).toBeInstanceOf(WindowPlanError);
            const code = (error as WindowPlanError).code;
            if (code === 'empty-window')
              expect(expected.end).toBeLessThanOrEqual(expected.start);
            else {
              expect(code).toBe('too-dense');
              expect((expected.end - expected.start) / n).toBeLessThan(1000);
            }
            return;
          }
          const start = Date.parse(plan.windowStart);
          const end = Date.parse(plan.windowEnd);
          expect(start).toBe(expected.start);
          expect(end).toBe(expected.end);
          expect(plan.spacingSeconds * 1000 * n).toBeCloseTo(end - start, 3);

          const times = plan.slots.map(s => Date.parse(s.plannedAt));
          expect(times).toHaveLength(n);
          for (const t of times) {
            expect(t).toBeGreaterThanOrEqual(start);
            expect(t).toBeLessThan(end);
          }
          for (let i = 1; i < times.length; i++) {
            expect(
              Math.abs(times[i] - times[i - 1] - plan.spacingSeconds * 1000),
            ).toBeLessThanOrEqual(1000);
          }
          expect(new Set(plan.slots.map(s => s.entityRef)).size).toBe(n);
          expect(
            planWindow({ window, date, entityRefs: [...entityRefs].reverse() }),
          ).toEqual(plan);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('lasts exactly the window length on ordinary days and differs by the DST shift on change days', () => {
    fc.assert(
      fc.property(windowArb, dateArb, (window, date) => {
        const expected = expectedBounds(window, date);
        // Endpoints that fall into a DST gap move by the gap; that rule has its own named cases.
        const wall = (ms: number) =>
          DateTime.fromMillis(ms, { zone: window.timezone }).toFormat('HH:mm');
        fc.pre(
          wall(expected.start) === window.start &&
            wall(expected.end) === window.end,
        );
        const plan = planWindow({ window, date, entityRefs: refs(1) });
        const [sh, sm] = window.start.split(':').map(Number);
        const [eh, em] = window.end.split(':').map(Number);
        let nominal = (eh * 60 + em - (sh * 60 + sm)) * 60_000;
        if (nominal <= 0) nominal += 24 * 3600_000;
        const offsetChange =
          DateTime.fromMillis(expected.end, { zone: window.timezone }).offset -
          DateTime.fromMillis(expected.start, { zone: window.timezone }).offset;
        // Real duration = wall-clock duration minus the offset change in between (none on most days).
        expect(plan.spacingSeconds * 1000).toBe(
          nominal - offsetChange * 60_000,
        );
      }),
      { numRuns: 400 },
    );
  });

  it('either plans or explains: no input makes it throw anything but a WindowPlanError', () => {
    fc.assert(
      fc.property(
        fc.record({
          start: fc.oneof(timeArb, fc.string()),
          end: fc.oneof(timeArb, fc.string()),
          timezone: fc.oneof(zoneArb, fc.string()),
        }),
        fc.oneof(dateArb, fc.string()),
        fc.array(fc.oneof(fc.constantFrom(...refs(5)), fc.string()), {
          maxLength: 8,
        }),
        fc.integer({ min: 0, max: 100_000 }),
        (window, date, entityRefs, minSpacingSeconds) => {
          try {
            planWindow({ window, date, entityRefs, minSpacingSeconds });
          } catch (error) {
            expect(error).toBeInstanceOf(WindowPlanError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('slot timestamps', () => {
  it('format exactly like Date#toISOString, across day boundaries and years', () => {
    fc.assert(
      fc.property(
        windowArb,
        dateArb,
        fc.integer({ min: 1, max: 50 }),
        (window, date, n) => {
          try {
            const plan = planWindow({ window, date, entityRefs: refs(n) });
            for (const slot of plan.slots) {
              expect(new Date(slot.plannedAt).toISOString()).toBe(
                slot.plannedAt,
              );
            }
          } catch (error) {
            expect(['empty-window', 'too-dense']).toContain(
              (error as WindowPlanError).code,
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

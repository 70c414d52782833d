import { planWindow } from './planner';
import { placeSlots } from './placeSlots';

const refs = (n: number) =>
  Array.from({ length: n }, (_, i) => `resource:default/w-${i}`);

describe('placeSlots', () => {
  it('even: the middle of equal cells', () => {
    expect(placeSlots(4, 400)).toEqual([50, 150, 250, 350]);
  });

  it('weighted: a slot is followed by a gap proportional to its cost', () => {
    // 1000 ms: 125 ms lead (half a mean cell), then 875 ms shared 1:2:4 after the 10 ms floors.
    const offsets = placeSlots(3, 1000, { costs: [1, 2, 4], minSpacingMs: 10 });
    const gaps = [offsets[1] - offsets[0], offsets[2] - offsets[1]];
    expect(offsets[0]).toBeCloseTo(1000 / 3 / 2);
    const share = 1000 - 1000 / 6 - 30;
    expect(gaps[0]).toBeCloseTo(10 + share / 7);
    expect(gaps[1]).toBeCloseTo(10 + (share * 2) / 7);
    // The last cell ends at the end of the span.
    expect(offsets[2] + 10 + (share * 4) / 7).toBeCloseTo(1000);
  });

  it('weighted: equal or missing costs give equal cells', () => {
    const offsets = placeSlots(4, 800, { costs: [0, 0, 0, 0] });
    expect(offsets).toEqual([100, 275, 450, 625]);
  });

  it('weighted plans keep the slot order, are deterministic and fit the window', () => {
    const entityRefs = refs(50);
    const costs = new Map(entityRefs.map((r, i) => [r, 10 + ((i * 37) % 600)]));
    const input = {
      window: { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' },
      date: '2026-06-10',
      entityRefs,
      costs,
    };
    const even = planWindow({ ...input, costs: undefined });
    const weighted = planWindow(input);
    expect(weighted).toEqual(
      planWindow({ ...input, entityRefs: [...entityRefs].reverse() }),
    );
    expect(weighted.slots.map(s => s.entityRef)).toEqual(
      even.slots.map(s => s.entityRef),
    );
    const times = weighted.slots.map(s => Date.parse(s.plannedAt));
    for (let i = 1; i < times.length; i++) {
      // Each gap is the previous dashboard's share: 14,400 s of window for 50 costs.
      expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(1000);
    }
    expect(times[0]).toBeGreaterThanOrEqual(Date.parse(weighted.windowStart));
    expect(times[times.length - 1]).toBeLessThan(
      Date.parse(weighted.windowEnd),
    );
  });
});

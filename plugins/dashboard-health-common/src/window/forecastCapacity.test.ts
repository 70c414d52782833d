import { forecastCapacity, median } from './forecastCapacity';
import { planWindow } from './planner';
import { describeForecast } from './describeForecast';

const refs = (n: number) =>
  Array.from({ length: n }, (_, i) => `resource:default/d-${i}`);
const window = { start: '01:00', end: '05:00', timezone: 'UTC' };

function nightOf(n: number, costs?: Map<string, number>) {
  const plan = planWindow({
    window,
    date: '2026-06-10',
    entityRefs: refs(n),
    costs,
  });
  return {
    slots: plan.slots,
    startMs: Date.parse(plan.windowStart),
    endMs: Date.parse(plan.windowEnd),
  };
}

describe('forecastCapacity', () => {
  it('1,000 dashboards × 90 s at cap 2 in 4 h: need 12.5 h, 680 missed', () => {
    const night = nightOf(1000);
    const expectedSeconds = new Map(refs(1000).map(r => [r, 90]));
    const forecast = forecastCapacity({
      ...night,
      expectedSeconds,
      defaultDurationSeconds: 60,
      instanceCap: 2,
    });
    // 1,000 × 90 s = 90,000 s of work; 4 h × 2 lanes = 28,800 s; 28,800 / 90 = 320 runs start in time.
    expect(forecast).toMatchObject({
      busySeconds: 90_000,
      capacitySeconds: 28_800,
      neededSeconds: 45_000,
      fits: false,
      expectedMissed: 680,
      peakConcurrency: 2,
      basis: { history: 1000, default: 0 },
      cap: 2,
      typicalSeconds: 90,
    });
    expect(describeForecast(forecast)).toBe(
      '1000 dashboards × ~90 s at cap 2 need 12.5 h; about 680 would be missed — ' +
        'widen the window, raise the cap or split the policy',
    );
  });

  it('15 dashboards × 40 s at cap 2 fit; never-run ones take the default', () => {
    const night = nightOf(15);
    const known = new Map(refs(10).map(r => [r, 40]));
    const forecast = forecastCapacity({
      ...night,
      expectedSeconds: known,
      defaultDurationSeconds: 40,
      instanceCap: 4,
      policyCap: 2,
    });
    expect(forecast).toMatchObject({
      busySeconds: 600,
      capacitySeconds: 4 * 3600 * 2,
      fits: true,
      expectedMissed: 0,
      peakConcurrency: 1,
      basis: { history: 10, default: 5 },
      cap: 2,
      instanceCap: 4,
      policyCap: 2,
    });
    expect(describeForecast(forecast)).toBe(
      '15 dashboards × ~40 s at cap 2 — 5 min of a 4 h window, fits',
    );
  });

  it('other policies on the instance take their share of the capacity', () => {
    const night = nightOf(100);
    const expectedSeconds = new Map(refs(100).map(r => [r, 200]));
    const alone = forecastCapacity({
      ...night,
      expectedSeconds,
      defaultDurationSeconds: 60,
      instanceCap: 2,
    });
    expect(alone.fits).toBe(true); // 20,000 s of 28,800 s
    const shared = forecastCapacity({
      ...night,
      expectedSeconds,
      defaultDurationSeconds: 60,
      instanceCap: 2,
      sharedWith: [
        {
          policyId: 'other',
          name: 'Other',
          overlapSeconds: 14_400,
          busySeconds: 14_400,
        },
      ],
    });
    // 28,800 − 14,400 = 14,400 s left for 20,000 s of work: about 28 % of the runs cannot start in time.
    expect(shared.capacitySeconds).toBe(14_400);
    expect(shared.otherPoliciesSeconds).toBe(14_400);
    expect(shared.fits).toBe(false);
    expect(shared.expectedMissed).toBeGreaterThanOrEqual(25);
    expect(shared.expectedMissed).toBeLessThanOrEqual(30);
    expect(describeForecast(shared)).toMatch(
      /sharing the instance with 1 other policy/,
    );
  });

  it('an instance the other policies fill leaves nothing: every run missed', () => {
    const night = nightOf(3);
    const forecast = forecastCapacity({
      ...night,
      expectedSeconds: new Map(),
      defaultDurationSeconds: 60,
      instanceCap: 1,
      sharedWith: [
        {
          policyId: 'o',
          name: 'O',
          overlapSeconds: 14_400,
          busySeconds: 20_000,
        },
      ],
    });
    expect(forecast).toMatchObject({
      capacitySeconds: 0,
      neededSeconds: null,
      expectedMissed: 3,
      fits: false,
      basis: { history: 0, default: 3 },
    });
  });

  it('median of an even and an odd count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
});

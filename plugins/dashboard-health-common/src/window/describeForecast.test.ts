import { CapacityForecast } from '../domain/forecast';
import { describeForecast, formatSeconds } from './describeForecast';

/** 15 dashboards of ~40 s at cap 2 in a 4 h window: 5 min of wall time, fits. */
function forecast(overrides: Partial<CapacityForecast> = {}): CapacityForecast {
  return {
    busySeconds: 600,
    capacitySeconds: 28_800,
    fits: true,
    expectedMissed: 0,
    peakConcurrency: 1,
    basis: { history: 12, default: 3 },
    dashboards: 15,
    typicalSeconds: 40,
    windowSeconds: 14_400,
    cap: 2,
    instanceCap: 2,
    policyCap: null,
    neededSeconds: 300,
    otherPoliciesSeconds: 0,
    sharedWith: [],
    defaultDurationSeconds: 60,
    ...overrides,
  };
}

const finance = {
  policyId: 'p2',
  name: 'Finance',
  overlapSeconds: 7200,
  busySeconds: 900,
};

describe('describeForecast', () => {
  it('says a night that fits in one line: count × typical at cap, time needed of the window', () => {
    expect(describeForecast(forecast())).toBe(
      '15 dashboards × ~40 s at cap 2 — 5 min of a 4 h window, fits',
    );
  });

  it('says one dashboard in the singular', () => {
    expect(
      describeForecast(
        forecast({ dashboards: 1, busySeconds: 40, neededSeconds: 40 }),
      ),
    ).toBe('1 dashboard × ~40 s at cap 2 — 40 s of a 4 h window, fits');
  });

  it('says how long a night that does not fit needs, how many would be missed and what to change', () => {
    const tooMuch = forecast({
      fits: false,
      dashboards: 1000,
      typicalSeconds: 90,
      busySeconds: 90_000,
      neededSeconds: 45_000,
      expectedMissed: 680,
    });
    expect(describeForecast(tooMuch)).toBe(
      '1000 dashboards × ~90 s at cap 2 need 12.5 h; about 680 would be missed — widen the window, raise the cap or split the policy',
    );
  });

  it('counts the other policies sharing the instance', () => {
    expect(describeForecast(forecast({ sharedWith: [finance] }))).toBe(
      '15 dashboards × ~40 s at cap 2 — 5 min of a 4 h window (sharing the instance with 1 other policy), fits',
    );
    const crowded = forecast({
      fits: false,
      neededSeconds: 20_000,
      expectedMissed: 4,
      sharedWith: [finance, { ...finance, policyId: 'p3', name: 'Ops' }],
    });
    expect(describeForecast(crowded)).toMatch(
      /^15 dashboards × ~40 s at cap 2 \(sharing the instance with 2 other policies\) need 5\.6 h; about 4 would be missed/,
    );
  });

  it('names the other policies as the reason when they leave no capacity at all', () => {
    const none = forecast({
      fits: false,
      neededSeconds: null,
      expectedMissed: 15,
      sharedWith: [finance],
    });
    expect(describeForecast(none)).toBe(
      '15 dashboards × ~40 s at cap 2 (sharing the instance with 1 other policy) get no capacity: ' +
        'the other policies use the whole 4 h window; about 15 would be missed — ' +
        'widen the window, raise the cap or split the policy',
    );
  });
});

describe('formatSeconds', () => {
  it('rounds lengths the way one says them', () => {
    expect(formatSeconds(45)).toBe('45 s');
    expect(formatSeconds(90)).toBe('90 s');
    expect(formatSeconds(600)).toBe('10 min');
    expect(formatSeconds(14_400)).toBe('4 h');
    expect(formatSeconds(45_000)).toBe('12.5 h');
  });
});

import { forecast } from '../timeline/__testUtils__/planFixtures';
import {
  basisSentence,
  forecastSentence,
  roughDuration,
  sharedSentence,
} from './forecastText';

describe('forecastSentence', () => {
  it('says a night that fits in one line: count × typical at cap, time needed of the window', () => {
    expect(forecastSentence(forecast())).toBe(
      '15 dashboards × ~40 s at cap 2 — 5 min of a 4 h window, fits',
    );
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
    expect(forecastSentence(tooMuch)).toBe(
      '1,000 × ~90 s at cap 2 need 12.5 h; about 680 would be missed — widen the window, raise the cap or split the policy',
    );
  });

  it('names other policies as the reason when they leave no capacity at all', () => {
    const none = forecast({
      fits: false,
      neededSeconds: null,
      expectedMissed: 15,
    });
    expect(forecastSentence(none)).toMatch(
      /other policies on this instance use the whole 4 h window; about 15 would be missed/,
    );
  });
});

describe('forecast details', () => {
  it('says where the estimates come from and who shares the instance', () => {
    const shared = forecast({
      sharedWith: [
        {
          policyId: 'p2',
          name: 'Finance',
          overlapSeconds: 7200,
          busySeconds: 900,
        },
      ],
    });
    expect(basisSentence(shared)).toBe(
      'Estimates: 12 from their own history, 3 from the default ~60 s.',
    );
    expect(sharedSentence(shared)).toBe(
      'Shares the instance with Finance (2 h overlap).',
    );
    expect(sharedSentence(forecast())).toBe('');
  });

  it('rounds lengths the way one says them', () => {
    expect(roughDuration(45)).toBe('45 s');
    expect(roughDuration(600)).toBe('10 min');
    expect(roughDuration(14_400)).toBe('4 h');
    expect(roughDuration(45_000)).toBe('12.5 h');
  });
});

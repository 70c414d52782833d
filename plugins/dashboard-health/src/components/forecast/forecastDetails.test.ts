import { forecast } from '../timeline/__testUtils__/planFixtures';
import { basisSentence, sharedSentence } from './forecastDetails';

describe('forecast details', () => {
  it('says where the estimates come from', () => {
    expect(basisSentence(forecast())).toBe(
      'Estimates: 12 from their own history, 3 from the default ~60 s.',
    );
    expect(basisSentence(forecast({ basis: { history: 0, default: 2 } }))).toBe(
      'Estimates: 2 from the default ~60 s.',
    );
    expect(basisSentence(forecast({ basis: { history: 0, default: 0 } }))).toBe(
      '',
    );
  });

  it('names the policies that share the instance, with how long they overlap', () => {
    const shared = forecast({
      sharedWith: [
        {
          policyId: 'p2',
          name: 'Finance',
          overlapSeconds: 7200,
          busySeconds: 900,
        },
        { policyId: 'p3', name: 'Ops', overlapSeconds: 1800, busySeconds: 60 },
      ],
    });
    expect(sharedSentence(shared)).toBe(
      'Other policies on the instance: Finance (2 h overlap), Ops (30 min overlap).',
    );
    expect(sharedSentence(forecast())).toBe('');
  });
});

import { policy } from '../center/__testUtils__/fixtures';
import { formFromPolicy, newPolicyForm, toPolicyInput } from './policyForm';

describe('toPolicyInput', () => {
  it('leaves out empty days and an empty concurrency limit', () => {
    const form = {
      ...newPolicyForm('prod'),
      name: ' Nightly ',
      entityRefs: ['resource:default/a'],
      timezone: 'UTC',
      days: ['sat' as const, 'mon' as const],
    };
    expect(toPolicyInput(form)).toEqual({
      name: 'Nightly',
      environment: 'prod',
      entityRefs: ['resource:default/a'],
      window: {
        start: '01:00',
        end: '05:00',
        timezone: 'UTC',
        days: ['mon', 'sat'],
      },
      enabled: true,
      spacing: 'even',
    });
  });

  it('keeps a selector-only policy without an explicit list', () => {
    const stored = policy({
      entityRefs: [],
      selector: { tags: ['finance'] },
    });
    const input = toPolicyInput(formFromPolicy(stored), stored);
    expect(input).not.toHaveProperty('entityRefs');
    expect(input.selector).toEqual({ tags: ['finance'] });
    expect(input).not.toHaveProperty('id');
    expect(input).not.toHaveProperty('createdAt');
  });
});

describe('spacing in the form', () => {
  it('is even for a new policy and for one stored before spacing existed', () => {
    expect(newPolicyForm('prod').spacing).toBe('even');
    expect(formFromPolicy(policy()).spacing).toBe('even');
  });

  it('loads the stored spacing and saves the chosen one, replacing the stored one', () => {
    const stored = policy({ spacing: 'weighted' });
    const form = formFromPolicy(stored);
    expect(form.spacing).toBe('weighted');
    expect(toPolicyInput(form, stored).spacing).toBe('weighted');
    expect(toPolicyInput({ ...form, spacing: 'even' }, stored).spacing).toBe(
      'even',
    );
  });
});

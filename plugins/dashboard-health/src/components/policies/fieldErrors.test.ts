import { parseValidationMessage } from './fieldErrors';

describe('parseValidationMessage', () => {
  it('puts each issue under its field and keeps "; " inside a message', () => {
    expect(
      parseValidationMessage(
        'Invalid request body: window.days.0: must be one of mon, tue; or left out; ' +
          'name: must not be empty; (root): a policy needs entityRefs; window: does not exist on 2026-03-29',
      ),
    ).toEqual({
      fields: {
        'window.days': 'must be one of mon, tue; or left out',
        name: 'must not be empty',
      },
      other: [
        'a policy needs entityRefs',
        'window: does not exist on 2026-03-29',
      ],
    });
  });

  it('joins two issues of one field', () => {
    expect(
      parseValidationMessage(
        'Invalid request body: entityRefs.1: is not an entity ref; entityRefs: must not list a dashboard twice',
      ).fields,
    ).toEqual({
      entityRefs: 'is not an entity ref; must not list a dashboard twice',
    });
  });

  it('keeps a message of another shape whole', () => {
    expect(parseValidationMessage('Policy not found')).toEqual({
      fields: {},
      other: ['Policy not found'],
    });
  });
});

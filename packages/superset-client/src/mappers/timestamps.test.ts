import { toIsoUtc } from './timestamps';

describe('toIsoUtc', () => {
  it.each([
    ['2025-07-22T13:46:03.120554+0000', '2025-07-22T13:46:03.120Z'],
    ['2025-07-01T09:05:12.338801', '2025-07-01T09:05:12.338Z'],
    ['2025-07-24T09:58:12', '2025-07-24T09:58:12.000Z'],
    ['2025-07-24 09:58:12', '2025-07-24T09:58:12.000Z'],
    ['2025-07-24T11:58:12+02:00', '2025-07-24T09:58:12.000Z'],
    ['2025-07-24T09:58:12.5Z', '2025-07-24T09:58:12.500Z'],
  ])('normalises %s', (input, expected) => {
    expect(toIsoUtc(input)).toBe(expected);
  });

  it.each([null, undefined, '', 'yesterday', '2025-13-45T99:00:00'])(
    'gives undefined for %p',
    input => {
      expect(toIsoUtc(input)).toBeUndefined();
    },
  );
});

import { getContrastRatio } from '@material-ui/core/styles';
import {
  AA_CONTRAST,
  backgroundForWhiteText,
  readableAgainst,
} from './readableColors';

describe('readable colours', () => {
  it('darkens a status colour until white text on it passes AA with room to spare', () => {
    expect(getContrastRatio('#f44336', '#fff')).toBeLessThan(AA_CONTRAST);
    const background = backgroundForWhiteText('#f44336');
    expect(getContrastRatio(background, '#fff')).toBeGreaterThanOrEqual(
      AA_CONTRAST + 1,
    );
  });

  it('lightens text for dark backgrounds and leaves a colour that already passes alone', () => {
    const onDark = readableAgainst(
      '#f44336',
      ['#303030', '#424242'],
      'lighter',
    );
    expect(getContrastRatio(onDark, '#424242')).toBeGreaterThanOrEqual(
      AA_CONTRAST,
    );
    expect(readableAgainst('#000000', ['#ffffff'], 'darker')).toBe('#000000');
  });
});

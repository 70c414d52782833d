import { darken, getContrastRatio, Theme } from '@material-ui/core/styles';

/** WCAG AA for normal-size text. */
export const AA_CONTRAST = 4.5;

/**
 * The colour, darkened in small steps until white text on it reaches AA contrast: the theme's status
 * colours (e.g. #f44336, #4caf50) are too light to carry white chip labels.
 */
export function backgroundForWhiteText(color: string): string {
  let background = color;
  for (let step = 0; step < 20; step++) {
    if (getContrastRatio(background, '#fff') >= AA_CONTRAST) return background;
    background = darken(background, 0.08);
  }
  return background;
}

/** An error colour readable as text on the theme's page and paper backgrounds. */
export function errorTextColor(theme: Theme): string {
  const { error, background } = theme.palette;
  const candidates = [error.main, error.dark, error.light];
  return (
    candidates.find(
      c => getContrastRatio(c, background.paper) >= AA_CONTRAST,
    ) ?? (theme.palette.type === 'dark' ? error.light : error.dark)
  );
}

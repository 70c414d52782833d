import {
  darken,
  getContrastRatio,
  lighten,
  Theme,
} from '@material-ui/core/styles';

/** WCAG AA for normal-size text. */
export const AA_CONTRAST = 4.5;

/**
 * The colour, moved in small steps (darker against light backgrounds, lighter against dark ones) until it
 * reaches AA contrast against every given background.
 */
export function readableAgainst(
  color: string,
  backgrounds: string[],
  direction: 'darker' | 'lighter',
  ratio: number = AA_CONTRAST,
): string {
  const passes = (candidate: string) =>
    backgrounds.every(bg => getContrastRatio(candidate, bg) >= ratio);
  let current = color;
  for (let step = 0; step < 20; step++) {
    if (passes(current)) return current;
    current =
      direction === 'darker' ? darken(current, 0.08) : lighten(current, 0.08);
  }
  return current;
}

/**
 * A background for white text: the theme's status colours (e.g. #f44336, #4caf50) are too light to carry
 * white chip labels. Aims above AA so the chip stays readable where a container dims it (an Alert's icon
 * slot is drawn at 90% opacity).
 */
export function backgroundForWhiteText(color: string): string {
  return readableAgainst(color, ['#fff'], 'darker', AA_CONTRAST + 1);
}

/** An error colour readable as text on the theme's page and paper backgrounds, light or dark. */
export function errorTextColor(theme: Theme): string {
  const { error, background, type } = theme.palette;
  return readableAgainst(
    error.main,
    [background.default, background.paper],
    type === 'dark' ? 'lighter' : 'darker',
  );
}

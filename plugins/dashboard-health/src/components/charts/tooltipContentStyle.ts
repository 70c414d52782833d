import { Theme } from '@material-ui/core/styles';
import { CSSProperties } from 'react';

/** recharts' default tooltip box in the theme's colours, so it stays readable in the dark theme. */
export function tooltipContentStyle(theme: Theme): CSSProperties {
  return {
    background: theme.palette.background.paper,
    color: theme.palette.text.primary,
  };
}

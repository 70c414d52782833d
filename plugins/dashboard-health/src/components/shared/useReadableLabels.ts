import { makeStyles } from '@material-ui/core/styles';

/**
 * A class for a container of outlined fields on the page background: their labels in the primary text
 * colour, because the theme's secondary grey on the grey page misses AA contrast.
 */
export const useReadableLabels = makeStyles(theme => ({
  root: {
    '& label:not(.Mui-focused):not(.Mui-error)': {
      color: theme.palette.text.primary,
    },
  },
}));

import { makeStyles } from '@material-ui/core/styles';
import Tooltip from '@material-ui/core/Tooltip';

const useStyles = makeStyles(theme => ({
  text: {
    display: 'block',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    '&:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
}));

/**
 * One line of text cut with an ellipsis; the full text shows on hover and on keyboard focus (the span is
 * focusable and carries the text as its accessible description).
 */
export function TruncatedText(props: { text: string }) {
  const classes = useStyles();
  return (
    <Tooltip title={props.text}>
      {/* Focusable so keyboard users can open the tooltip too (WCAG 1.4.13: content on hover or focus). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <span className={classes.text} tabIndex={0} data-testid="truncated-text">
        {props.text}
      </span>
    </Tooltip>
  );
}

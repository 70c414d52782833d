import { Link } from '@backstage/core-components';
import {
  SearchDocument,
  ResultHighlight,
} from '@backstage/plugin-search-common';
import {
  HighlightedSearchResultText,
  SearchResultListItemExtensionProps,
} from '@backstage/plugin-search-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ReactNode } from 'react';
import { formatInstant, StatusChip } from '../shared';
import {
  ownerName,
  readDashboardHealthDocument,
} from './dashboardHealthDocument';

/**
 * Props of {@link DashboardHealthSearchResultListItem}.
 *
 * @public
 */
export interface DashboardHealthSearchResultListItemProps {
  /** The search document to show. */
  result?: SearchDocument;
  /** Where the search terms matched, for highlighting. */
  highlight?: ResultHighlight;
  /** The result's position in the result list, as search passes it. */
  rank?: number;
  /** An icon shown before the result. */
  icon?: ReactNode;
  /** Lines of the top issue shown before it is cut. */
  lineClamp?: number;
}

const useStyles = makeStyles(
  theme => ({
    item: { display: 'flex' },
    content: { flexWrap: 'wrap', width: '100%' },
    itemText: { width: '100%', wordBreak: 'break-word', marginBottom: 0 },
    chips: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: theme.spacing(1),
      marginTop: theme.spacing(1),
    },
  }),
  { name: 'DashboardHealthSearchResultListItem' },
);

/** A field as the search engine highlighted it, or as indexed when it did not. */
function Highlighted(props: {
  field: string;
  value: string;
  highlight?: ResultHighlight;
}) {
  const highlighted = props.highlight?.fields[props.field];
  if (!highlighted || !props.highlight) return <>{props.value}</>;
  return (
    <HighlightedSearchResultText
      text={highlighted}
      preTag={props.highlight.preTag}
      postTag={props.highlight.postTag}
    />
  );
}

/**
 * A dashboard in search results: its health at a glance (status, worst issue, last check) with a link to
 * its Health tab. Click tracking is left to the list item wrapper the search page puts around it.
 */
export function DashboardHealthSearchResultListItem(
  props: SearchResultListItemExtensionProps<DashboardHealthSearchResultListItemProps>,
) {
  const classes = useStyles();
  if (!props.result) return null;
  const document = readDashboardHealthDocument(props.result);
  // The worst issue says most; a passing dashboard has none, so its summary stands in.
  const detail = document.topIssue
    ? { field: 'topIssue', value: document.topIssue }
    : { field: 'summary', value: document.summary ?? document.text };

  return (
    <div className={classes.item}>
      {props.icon && <ListItemIcon>{props.icon}</ListItemIcon>}
      <div className={classes.content}>
        <ListItemText
          className={classes.itemText}
          primaryTypographyProps={{ variant: 'h6' }}
          primary={
            <Link noTrack to={document.location}>
              <Highlighted
                field="title"
                value={document.title}
                highlight={props.highlight}
              />
            </Link>
          }
          secondary={
            <Typography
              component="span"
              variant="body2"
              color="textSecondary"
              style={{
                display: '-webkit-box',
                WebkitBoxOrient: 'vertical',
                WebkitLineClamp: props.lineClamp,
                overflow: 'hidden',
              }}
            >
              <Highlighted {...detail} highlight={props.highlight} />
            </Typography>
          }
        />
        <Box className={classes.chips}>
          {document.status && <StatusChip status={document.status} />}
          {document.environment && (
            <Chip size="small" label={`Environment: ${document.environment}`} />
          )}
          {document.owner && (
            <Chip size="small" label={`Owner: ${ownerName(document.owner)}`} />
          )}
          {/* Without a check the `never` chip already says so. */}
          {document.lastCheckedAt && (
            <Typography variant="caption" color="textSecondary">
              Last checked {formatInstant(document.lastCheckedAt)}
            </Typography>
          )}
        </Box>
      </div>
    </div>
  );
}

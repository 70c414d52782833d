import { Link } from '@backstage/core-components';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemIcon from '@material-ui/core/ListItemIcon';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { DashboardRow, useEntityHealthPath } from '../center';
import { StatusChip } from '../shared';

/** The worst dashboards, each linking to its Health tab with its top issue underneath. */
export function WorstDashboards(props: { rows: DashboardRow[] }) {
  const healthPath = useEntityHealthPath();
  if (props.rows.length === 0) {
    return (
      <Typography variant="body2">
        No dashboard is failing, erroring or warning.
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="subtitle2">Needs attention</Typography>
      <List dense aria-label="Worst dashboards">
        {props.rows.map(row => (
          <ListItem key={row.key} disableGutters>
            <ListItemIcon>
              <StatusChip status={row.status} />
            </ListItemIcon>
            <ListItemText
              primary={<Link to={healthPath(row.ref)}>{row.title}</Link>}
              secondary={row.topIssue ?? row.summary}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}

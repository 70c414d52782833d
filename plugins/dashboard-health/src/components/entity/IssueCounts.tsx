import {
  Issue,
  SEVERITIES,
} from '@dashboard-health/plugin-dashboard-health-common';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { countIssues } from './countIssues';
import { SeverityLabel } from './SeverityLabel';

/** "2 Critical · 1 Warning · 0 Info": every severity, so a zero is read as "none", not "unknown". */
export function IssueCounts(props: { issues: Issue[] }) {
  const counts = countIssues(props.issues);
  return (
    <Box display="flex" gridGap={16} flexWrap="wrap" data-testid="issue-counts">
      {SEVERITIES.map(severity => (
        <Box
          key={severity}
          display="flex"
          alignItems="center"
          gridGap={4}
          data-testid={`issue-count-${severity}`}
        >
          <Typography variant="body2" component="span">
            <strong>{counts[severity]}</strong>
          </Typography>
          <SeverityLabel severity={severity} />
        </Box>
      ))}
    </Box>
  );
}

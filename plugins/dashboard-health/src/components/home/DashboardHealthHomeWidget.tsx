import { Link, Progress } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useMemo } from 'react';
import { UnavailablePanel, useDashboardHealthRows } from '../center';
import { StatusCounts } from './StatusCounts';
import { WorstDashboards } from './WorstDashboards';
import { countByStatus, worstDashboards } from './healthOverview';
import { useHealthCenterPath } from './useHealthCenterPath';

/**
 * The home page card's content: how the visible dashboards are doing, which five are worst, and the way
 * to the Health Center. Uses the Health Center's own data hook, so both always agree.
 */
export function DashboardHealthHomeWidget() {
  const { value: rows, error } = useDashboardHealthRows();
  const centerPath = useHealthCenterPath();
  const counts = useMemo(() => countByStatus(rows ?? []), [rows]);
  const worst = useMemo(() => worstDashboards(rows ?? []), [rows]);

  if (error) return <UnavailablePanel error={error} />;
  if (!rows) return <Progress />;

  return (
    <Box>
      {rows.length === 0 ? (
        <Typography variant="body2">
          No Superset dashboards in the catalog yet.
        </Typography>
      ) : (
        <>
          <StatusCounts counts={counts} />
          <Box mt={2}>
            <WorstDashboards rows={worst} />
          </Box>
        </>
      )}
      <Box mt={2}>
        <Link to={centerPath}>Open the Health Center</Link>
      </Box>
    </Box>
  );
}

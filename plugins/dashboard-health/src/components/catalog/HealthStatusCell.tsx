import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import Skeleton from '@material-ui/lab/Skeleton';
import { isDashboardHealthAvailable } from '../entity/isDashboardHealthAvailable';
import { StatusChip } from '../shared';
import { healthTooltip } from './healthTooltip';
import { useHealthSummary } from './useHealthSummary';

function DashboardHealthStatus(props: { entityRef: string }) {
  const { loading, value, error } = useHealthSummary(props.entityRef);
  if (loading) {
    return <Skeleton variant="text" width={64} aria-label="Loading health" />;
  }
  if (error) {
    // A dash, not an error panel: one failed request must not fill every row of the catalog with errors.
    return (
      <Tooltip title={`Health unavailable: ${error.message}`}>
        <Typography component="span" color="textSecondary">
          —
        </Typography>
      </Tooltip>
    );
  }
  // Nothing known (e.g. the user may not see this dashboard's health): an empty cell says the least.
  if (!value) return null;
  return (
    <Tooltip title={healthTooltip(value)}>
      {/* StatusChip does not forward refs, which Tooltip needs. */}
      <span>
        <StatusChip status={value.status} />
      </span>
    </Tooltip>
  );
}

/**
 * A catalog row's health: the status chip for dashboards, nothing for every other entity.
 *
 * @public
 */
export function HealthStatusCell(props: { entity: Entity }) {
  if (!isDashboardHealthAvailable(props.entity)) return null;
  return <DashboardHealthStatus entityRef={stringifyEntityRef(props.entity)} />;
}

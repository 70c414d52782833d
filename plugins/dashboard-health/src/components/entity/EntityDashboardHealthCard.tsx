import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  InfoCardVariants,
  Progress,
} from '@backstage/core-components';
import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { StatusChip } from '../shared';
import { HealthUnavailable } from './HealthUnavailable';
import { Instant } from './Instant';
import { IssueCounts } from './IssueCounts';
import { LatestCheckSummary } from './LatestCheckSummary';
import { LlmSummary } from './LlmSummary';
import { NextCheck } from './NextCheck';
import { useEntityHealth } from './useEntityHealth';

/**
 * Props of {@link EntityDashboardHealthCard}.
 *
 * @public
 */
export interface EntityDashboardHealthCardProps {
  /** The path of the Health tab under the entity page; default `dashboard-health`. */
  tabPath?: string;
  /** Passed to the InfoCard; `gridItem` makes it as tall as its row. */
  variant?: InfoCardVariants;
}

function CardBody(props: { entityRef: string }) {
  const health = useEntityHealth(props.entityRef);
  if (health.error) return <HealthUnavailable error={health.error} compact />;
  if (!health.value) return <Progress />;
  const { latestRecord, lastCompletedRecord, nextRun } = health.value;
  return (
    <Box display="flex" flexDirection="column" gridGap={12}>
      <Box display="flex" alignItems="center" gridGap={8}>
        <StatusChip status={latestRecord?.status ?? 'never'} />
        {latestRecord ? (
          <Typography variant="body2" data-testid="latest-summary">
            <LatestCheckSummary
              record={latestRecord}
              // A backend older than the field leaves it out.
              lastCompleted={lastCompletedRecord ?? null}
            />
          </Typography>
        ) : (
          <Typography variant="body2">
            This dashboard has not been validated yet.
          </Typography>
        )}
      </Box>
      {latestRecord && <LlmSummary record={latestRecord} />}
      {latestRecord && <IssueCounts issues={latestRecord.issues} />}
      {latestRecord && (
        <Typography variant="body2" data-testid="last-check">
          Last check <Instant iso={latestRecord.finishedAt} />
        </Typography>
      )}
      <NextCheck nextRun={nextRun} />
    </Box>
  );
}

/**
 * The overview card of a Superset dashboard entity: status, issue counts, last and next check, and a link
 * to the Health tab.
 */
export function EntityDashboardHealthCard(
  props: EntityDashboardHealthCardProps,
) {
  const { entity } = useEntity();
  // Built from the entity route rather than a relative "./dashboard-health": a relative link resolves
  // against whatever route renders the card, which is the overview tab only by convention. The entity
  // route is mounted by the catalog in both frontend systems (it is what EntityRefLink uses).
  const entityLink = useEntityRefLink();
  const tabPath = (props.tabPath ?? 'dashboard-health').replace(/^\/+/, '');
  return (
    <InfoCard
      title="Dashboard health"
      variant={props.variant}
      deepLink={{
        title: 'View health details',
        link: `${entityLink(entity)}/${tabPath}`,
      }}
    >
      <CardBody entityRef={stringifyEntityRef(entity)} />
    </InfoCard>
  );
}

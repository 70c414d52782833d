import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useCallback } from 'react';
import { describeError } from './describeError';
import { HealthBanner } from './HealthBanner';
import { HealthUnavailable } from './HealthUnavailable';
import { HistoryTimeline } from './HistoryTimeline';
import { IssuesTable } from './IssuesTable';
import { llmUsageText } from './llmUsageText';
import { NextCheck } from './NextCheck';
import { RunNow } from './RunNow';
import { SupersetLink } from './SupersetLink';
import { WindowPosition } from './WindowPosition';
import { useEntityHealth, useHealthHistory } from './useEntityHealth';

/**
 * Props of {@link EntityDashboardHealthContent}.
 *
 * @public
 */
export interface EntityDashboardHealthContentProps {
  /** How often a run started with "Run now" is polled, in ms; default 1500. */
  pollIntervalMs?: number;
  /** Fixed chart widths (tests: jsdom has no layout); charts fill their card otherwise. */
  chartWidth?: number;
}

function History(props: {
  history: ReturnType<typeof useHealthHistory>;
  chartWidth?: number;
}) {
  const { loading, value, error } = props.history;
  if (error) {
    return (
      <WarningPanel
        severity="error"
        title={`The history could not be loaded: ${describeError(error)}`}
      />
    );
  }
  if (!value) return loading ? <Progress /> : null;
  return <HistoryTimeline history={value} chartWidth={props.chartWidth} />;
}

/**
 * The Health tab of a Superset dashboard entity: the latest check's status and issues, the next planned
 * check and "Run now", where the dashboard sits in its policy's window, and the last 90 days (statuses,
 * issue counts, durations).
 */
export function EntityDashboardHealthContent(
  props: EntityDashboardHealthContentProps,
) {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const health = useEntityHealth(entityRef);
  const history = useHealthHistory(entityRef);
  const { retry: retryHealth } = health;
  const { retry: retryHistory } = history;
  // A finished run adds a record and may move the next run, so both views are reloaded.
  const reload = useCallback(() => {
    retryHealth();
    retryHistory();
  }, [retryHealth, retryHistory]);

  if (health.error) return <HealthUnavailable error={health.error} />;
  if (!health.value) return <Progress />;
  const { latestRecord, lastCompletedRecord, nextRun } = health.value;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <HealthBanner
          record={latestRecord}
          // A backend older than the field leaves it out.
          lastCompleted={lastCompletedRecord ?? null}
        />
      </Grid>
      <Grid item xs={12} md={8}>
        {latestRecord ? (
          <IssuesTable issues={latestRecord.issues} />
        ) : (
          <EmptyState
            missing="data"
            title="No checks yet"
            description="The issues of this dashboard appear here after its first check."
          />
        )}
      </Grid>
      <Grid item xs={12} md={4}>
        <InfoCard title="Checks">
          <Box display="flex" flexDirection="column" gridGap={12}>
            <NextCheck nextRun={nextRun} />
            {latestRecord && (
              <Typography variant="body2" data-testid="llm-usage">
                {llmUsageText(latestRecord.llm)}
              </Typography>
            )}
            <SupersetLink entity={entity} />
            <RunNow
              entityRef={entityRef}
              pollIntervalMs={props.pollIntervalMs}
              onFinished={reload}
            />
          </Box>
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Its place in the window">
          <WindowPosition
            nextRun={nextRun}
            entityRef={entityRef}
            chartWidth={props.chartWidth}
          />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title="Last 90 days">
          <History history={history} chartWidth={props.chartWidth} />
        </InfoCard>
      </Grid>
    </Grid>
  );
}

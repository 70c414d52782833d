import {
  Content,
  Header,
  Link,
  Page,
  Progress,
} from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { UnavailablePanel } from '../center';
import { ForecastSummary } from '../forecast';
import { useHealthCenterPath } from '../home/useHealthCenterPath';
import { formatWindow, useReadableLabels } from '../shared';
import { ValidateNowSection, WindowSection } from './PlanSection';
import { usePolicyPlan } from './usePolicyPlan';
import { useTitleOf } from './useTitleOf';
import { ValidateNowButton } from './ValidateNowButton';

/**
 * A policy's page (`/dashboard-health/policies/:id`): whether its night fits, a chosen date's window as a
 * timeline of planned slots and actual runs (reloaded while it runs), "Validate now" and its batch.
 */
export function PolicyPage(props: { chartWidth?: number }) {
  const { id = '' } = useParams();
  const [date, setDate] = useState('');
  const { value, error, now, live, retry } = usePolicyPlan(id, date);
  const titleOf = useTitleOf();
  const centerPath = useHealthCenterPath();
  const labels = useReadableLabels();

  const header = (
    <Header
      title={value ? value.policy.name : 'Policy'}
      subtitle={
        value
          ? `${value.policy.environment} · ${formatWindow(value.policy.window)}`
          : undefined
      }
      type="Validation policy"
      typeLink={`${centerPath}?tab=policies`}
    />
  );
  let body;
  if (error) body = <UnavailablePanel error={error} />;
  else if (!value) body = <Progress />;
  else {
    const section = { ...value, titleOf, now, chartWidth: props.chartWidth };
    body = (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <Box
            display="flex"
            alignItems="center"
            gridGap={16}
            flexWrap="wrap"
            className={labels.root}
          >
            <TextField
              id="policy-plan-date"
              label="Window date"
              type="date"
              size="small"
              variant="outlined"
              value={date || value.plan.date}
              onChange={event => setDate(event.target.value)}
              InputLabelProps={{ shrink: true }}
            />
            {live && (
              <Chip
                size="small"
                color="primary"
                label="Live: updates while the window runs"
              />
            )}
            <ValidateNowButton
              policyId={id}
              resourceRef={
                value.policy.entityRefs[0] ?? value.plan.slots[0]?.entityRef
              }
              onStarted={retry}
            />
            <Link to={`${centerPath}?tab=policies`}>All policies</Link>
          </Box>
        </Grid>
        {value.plan.forecast && (
          <Grid item xs={12}>
            <ForecastSummary forecast={value.plan.forecast} />
          </Grid>
        )}
        {value.plan.validateNow && (
          <Grid item xs={12}>
            <ValidateNowSection {...section} />
          </Grid>
        )}
        <Grid item xs={12}>
          <WindowSection {...section} />
        </Grid>
      </Grid>
    );
  }
  return (
    <Page themeId="tool">
      {header}
      <Content>{body}</Content>
    </Page>
  );
}

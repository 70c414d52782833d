import { EmptyState, InfoCard } from '@backstage/core-components';
import {
  PolicyPlanResponse,
  ValidationPolicy,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DateTime } from 'luxon';
import { PolicyTimeline } from '../timeline';

interface PlanSectionProps {
  policy: ValidationPolicy;
  plan: PolicyPlanResponse;
  titleOf: (entityRef: string) => string;
  now: number;
  chartWidth?: number;
}

/** The chosen date's window as a timeline, or why there is none. */
export function WindowSection(props: PlanSectionProps) {
  const { policy, plan, titleOf, now, chartWidth } = props;
  const title = `Window of ${plan.date}`;
  if (!plan.planned || !plan.windowStart || !plan.windowEnd) {
    return (
      <InfoCard title={title}>
        <EmptyState
          missing="data"
          title="Not planned (yet)"
          description="Plans are made for the window open now and the next one; other dates, and days the window skips, have none."
        />
      </InfoCard>
    );
  }
  return (
    <InfoCard title={title}>
      <PolicyTimeline
        label={`Slots of ${plan.date}`}
        slots={plan.slots}
        windowStart={plan.windowStart}
        windowEnd={plan.windowEnd}
        timezone={policy.window.timezone}
        cap={plan.cap?.effective ?? policy.maxConcurrency ?? null}
        titleOf={titleOf}
        now={now}
        chartWidth={chartWidth}
      />
    </InfoCard>
  );
}

/** The latest "Validate now" batch near this date, drawn on its own short window. */
export function ValidateNowSection(props: PlanSectionProps) {
  const { plan, titleOf, now, chartWidth } = props;
  const batch = plan.validateNow;
  if (!batch || batch.slots.length === 0) return null;
  const timezone = DateTime.local().zoneName;
  const requested = DateTime.fromISO(batch.requestedAt)
    .toLocal()
    .toFormat('yyyy-LL-dd HH:mm');
  return (
    <InfoCard title={`Validate now, requested ${requested}`}>
      <PolicyTimeline
        label="Validate now slots"
        slots={batch.slots}
        windowStart={batch.windowStart}
        windowEnd={batch.windowEnd}
        timezone={timezone}
        cap={plan.cap?.effective ?? null}
        titleOf={titleOf}
        now={now}
        chartWidth={chartWidth}
      />
    </InfoCard>
  );
}

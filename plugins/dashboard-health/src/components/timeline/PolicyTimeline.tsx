import { PolicyPlanSlot } from '@dashboard-health/plugin-dashboard-health-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useEntityHealthPath } from '../center/entityHealthPath';
import { ConcurrencyChart } from './ConcurrencyChart';
import { concurrencySeries } from './concurrencySeries';
import { ON_TIME_MS } from './slotTimes';
import { SlotTable } from './SlotTable';
import { minMarkMs, timelineDomain } from './timelineDomain';
import { timelineRows } from './timelineRows';
import { timelineSummary, TimelineSummaryText } from './TimelineSummary';
import { WindowTimeline } from './WindowTimeline';

export interface PolicyTimelineProps {
  /** Names the table and the test id: "Tonight's slots", "Validate now". */
  label: string;
  slots: readonly PolicyPlanSlot[];
  windowStart: string;
  windowEnd: string;
  timezone: string;
  cap: number | null;
  titleOf: (entityRef: string) => string;
  now: number;
  /** Fixed chart width for tests (jsdom has no layout). */
  chartWidth?: number;
}

/** A window's slots as a picture (timeline + runs at once against the cap), its numbers, and a table. */
export function PolicyTimeline(props: PolicyTimelineProps) {
  const { slots, timezone, cap, titleOf, now, label } = props;
  const navigate = useNavigate();
  const healthPath = useEntityHealthPath();
  const window = useMemo(
    () => ({
      startMs: Date.parse(props.windowStart),
      endMs: Date.parse(props.windowEnd),
    }),
    [props.windowStart, props.windowEnd],
  );
  const rows = useMemo(
    () => timelineRows(slots, { titleOf, now, minMarkMs: minMarkMs(window) }),
    [slots, titleOf, now, window],
  );
  const domain = timelineDomain(window, rows);
  const points = concurrencySeries(rows, domain);

  return (
    <Box data-testid="policy-timeline" data-label={label}>
      <TimelineSummaryText
        text={timelineSummary(rows, points, cap, ON_TIME_MS)}
      />
      <Typography variant="caption" color="textSecondary" component="p">
        Times in {timezone}. Tab into the chart and use the arrow keys to read
        each slot; the table below lists them too.
      </Typography>
      <WindowTimeline
        rows={rows}
        domain={domain}
        timezone={timezone}
        now={now}
        onOpen={entityRef => navigate(healthPath(entityRef))}
        width={props.chartWidth}
      />
      <ConcurrencyChart
        points={points}
        domain={domain}
        timezone={timezone}
        cap={cap}
        width={props.chartWidth}
      />
      <Accordion>
        <AccordionSummary expandIcon={<ExpandMoreIcon />}>
          <Typography variant="body2">{label} as a table</Typography>
        </AccordionSummary>
        <AccordionDetails style={{ overflowX: 'auto' }}>
          <SlotTable rows={rows} timezone={timezone} label={label} />
        </AccordionDetails>
      </Accordion>
    </Box>
  );
}

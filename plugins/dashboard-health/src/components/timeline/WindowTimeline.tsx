import { useTheme } from '@material-ui/core/styles';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { SizedChart } from '../charts';
import { outcomeColor } from './outcomeStyle';
import { TimelineRow } from './timelineRows';
import { TimelineTooltip } from './TimelineTooltip';
import { windowClockAxis } from './windowClockAxis';

export interface WindowTimelineProps {
  rows: TimelineRow[];
  /** The x-axis: the window, widened to whatever ran before or after it. */
  domain: [number, number];
  timezone: string;
  /** Drawn as a "now" line when it falls inside the domain. */
  now: number;
  /** A slot was clicked: open its dashboard. */
  onOpen: (entityRef: string) => void;
  /** A fixed width instead of the container's (tests: jsdom has no layout). */
  width?: number;
}

/** Row height by number of slots: names readable for a few dozen, a dense picture for thousands. */
function rowHeight(count: number): number {
  if (count <= 60) return 24;
  if (count <= 300) return 8;
  return 3;
}

/** Y-axis room for the dashboard names, and none once the rows are too thin to carry them. */
export const LABEL_WIDTH = 190;

/**
 * A window's slots drawn on its clock: per slot a thin mark at the planned time that stretches to the
 * actual start (so lateness is its length) and the run as a bar coloured by outcome. Hover or keyboard focus
 * (recharts' accessibility layer: Tab, then the arrow keys) shows the details; a click opens the Health tab.
 */
export function WindowTimeline(props: WindowTimelineProps) {
  const { rows, domain, timezone, now, onOpen, width } = props;
  const theme = useTheme();
  const showLabels = rows.length <= 60;
  const height = 70 + rows.length * rowHeight(rows.length);
  return (
    <SizedChart width={width} height={height}>
      <BarChart
        data={rows}
        layout="vertical"
        barGap={1}
        barCategoryGap={showLabels ? '15%' : 0}
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer
        onClick={state => {
          const row = state?.activePayload?.[0]?.payload as
            | TimelineRow
            | undefined;
          if (row) onOpen(row.entityRef);
        }}
        style={{ cursor: 'pointer' }}
      >
        <CartesianGrid horizontal={false} stroke={theme.palette.divider} />
        <XAxis
          dataKey="plannedMs"
          {...windowClockAxis(domain, timezone)}
          stroke={theme.palette.text.secondary}
          allowDataOverflow
        />
        <YAxis
          type="category"
          dataKey="label"
          width={showLabels ? LABEL_WIDTH : 8}
          tick={showLabels ? { fontSize: 11 } : false}
          interval={0}
          stroke={theme.palette.text.secondary}
        />
        <Tooltip
          content={<TimelineTooltip timezone={timezone} />}
          cursor={{ fill: theme.palette.action.hover }}
          isAnimationActive={false}
        />
        <Legend wrapperStyle={{ color: theme.palette.text.primary }} />
        {now >= domain[0] && now <= domain[1] && (
          <ReferenceLine
            x={now}
            stroke={theme.palette.info.main}
            strokeDasharray="4 2"
            label={{
              value: 'now',
              position: 'insideTopLeft',
              fill: theme.palette.text.primary,
            }}
          />
        )}
        <Bar
          dataKey="plannedSpan"
          name="Planned (mark), waited until start (lateness)"
          className="timeline-planned"
          fill={theme.palette.text.secondary}
          isAnimationActive={false}
        >
          {rows.map(row => (
            <Cell
              key={row.label}
              fill={
                row.outcome === 'missed'
                  ? outcomeColor(theme, 'missed')
                  : theme.palette.text.secondary
              }
            />
          ))}
        </Bar>
        <Bar
          dataKey="runSpan"
          name="Run, coloured by outcome"
          className="timeline-run"
          fill={theme.palette.info.main}
          isAnimationActive={false}
        >
          {rows.map(row => (
            <Cell key={row.label} fill={outcomeColor(theme, row.outcome)} />
          ))}
        </Bar>
      </BarChart>
    </SizedChart>
  );
}

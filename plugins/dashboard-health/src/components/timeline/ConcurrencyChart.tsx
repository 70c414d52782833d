import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { SizedChart, tooltipContentStyle } from '../charts';
import { ConcurrencyPoint } from './concurrencySeries';
import { clockTime } from './slotTimes';
import { windowClockAxis } from './windowClockAxis';
import { LABEL_WIDTH } from './WindowTimeline';

export interface ConcurrencyChartProps {
  points: ConcurrencyPoint[];
  domain: [number, number];
  timezone: string;
  /** The effective cap; drawn as a dashed line. */
  cap: number | null;
  width?: number;
}

/** Runs going at once over the window, against the cap; aligned with the timeline above it. */
export function ConcurrencyChart(props: ConcurrencyChartProps) {
  const { points, domain, timezone, cap, width } = props;
  const theme = useTheme();
  const top = Math.max(cap ?? 0, ...points.map(p => p.running), 1) + 1;
  return (
    <SizedChart width={width} height={140}>
      <LineChart
        data={points}
        margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid vertical={false} stroke={theme.palette.divider} />
        <XAxis
          dataKey="atMs"
          {...windowClockAxis(domain, timezone)}
          stroke={theme.palette.text.secondary}
          allowDataOverflow
        />
        <YAxis
          width={LABEL_WIDTH}
          domain={[0, top]}
          allowDecimals={false}
          stroke={theme.palette.text.secondary}
          label={{
            value: 'runs at once',
            angle: -90,
            fill: theme.palette.text.secondary,
            fontSize: 12,
          }}
        />
        <Tooltip
          labelFormatter={(ms: number) => clockTime(ms, timezone)}
          formatter={(value: number) => [value, 'Runs at once']}
          contentStyle={tooltipContentStyle(theme)}
          isAnimationActive={false}
        />
        {cap !== null && (
          <ReferenceLine
            y={cap}
            stroke={theme.palette.error.main}
            strokeDasharray="6 3"
            label={{
              value: `cap ${cap}`,
              position: 'insideTopRight',
              fill: theme.palette.text.primary,
            }}
          />
        )}
        <Line
          type="stepAfter"
          dataKey="running"
          name="Runs at once"
          stroke={theme.palette.info.main}
          dot={false}
          isAnimationActive={false}
        />
      </LineChart>
    </SizedChart>
  );
}

import { useTheme } from '@material-ui/core/styles';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { axisTicks } from './axisTicks';
import { ConcurrencyPoint } from './concurrencySeries';
import { axisTime, clockTime } from './slotTimes';
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
  const chart = (
    <LineChart
      data={points}
      width={width}
      height={width ? 140 : undefined}
      margin={{ top: 16, right: 24, bottom: 8, left: 8 }}
      accessibilityLayer
    >
      <CartesianGrid vertical={false} stroke={theme.palette.divider} />
      <XAxis
        type="number"
        dataKey="atMs"
        domain={domain}
        ticks={axisTicks(domain, timezone)}
        tickFormatter={(ms: number) => axisTime(ms, timezone)}
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
        contentStyle={{
          background: theme.palette.background.paper,
          color: theme.palette.text.primary,
        }}
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
  );
  if (width) return chart;
  return (
    <ResponsiveContainer width="100%" height={140}>
      {chart}
    </ResponsiveContainer>
  );
}

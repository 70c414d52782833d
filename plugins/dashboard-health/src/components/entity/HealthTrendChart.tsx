import { useTheme } from '@material-ui/core/styles';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { TrendPoint } from './trendPoints';

const HEIGHT = 240;

/**
 * The last 90 days' checks: issues per check stacked by severity (left axis) and how long each validation
 * took (right axis). Keyboard users reach every point with Tab and the arrow keys.
 */
export function HealthTrendChart(props: {
  points: TrendPoint[];
  /** A fixed width instead of the container's (tests: jsdom has no layout). */
  width?: number;
}) {
  const { points, width } = props;
  const theme = useTheme();
  const text = theme.palette.text.secondary;
  const chart = (
    <ComposedChart
      data={points}
      width={width}
      height={width ? HEIGHT : undefined}
      margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
      accessibilityLayer
      title="Issues and duration per check, last 90 days"
    >
      <CartesianGrid vertical={false} stroke={theme.palette.divider} />
      <XAxis dataKey="label" stroke={text} minTickGap={24} />
      <YAxis
        yAxisId="issues"
        allowDecimals={false}
        stroke={text}
        label={{ value: 'issues', angle: -90, fill: text, fontSize: 12 }}
      />
      <YAxis
        yAxisId="duration"
        orientation="right"
        stroke={text}
        unit=" s"
        label={{ value: 'duration', angle: 90, fill: text, fontSize: 12 }}
      />
      <Tooltip
        contentStyle={{
          background: theme.palette.background.paper,
          color: theme.palette.text.primary,
        }}
        isAnimationActive={false}
      />
      <Legend wrapperStyle={{ color: theme.palette.text.primary }} />
      <Bar
        yAxisId="issues"
        dataKey="critical"
        name="Critical issues"
        stackId="issues"
        fill={theme.palette.error.main}
        isAnimationActive={false}
      />
      <Bar
        yAxisId="issues"
        dataKey="warning"
        name="Warnings"
        stackId="issues"
        fill={theme.palette.warning.main}
        isAnimationActive={false}
      />
      <Line
        yAxisId="duration"
        dataKey="durationSeconds"
        name="Duration (s)"
        stroke={theme.palette.info.main}
        dot={points.length <= 60}
        isAnimationActive={false}
      />
    </ComposedChart>
  );
  if (width) return chart;
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      {chart}
    </ResponsiveContainer>
  );
}

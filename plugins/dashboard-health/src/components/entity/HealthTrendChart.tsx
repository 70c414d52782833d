import { Theme, useTheme } from '@material-ui/core/styles';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { SizedChart, tooltipContentStyle } from '../charts';
import { TrendPoint } from './trendPoints';

const HEIGHT = 240;

/** The severities stacked per check, bottom up, each in its theme colour. */
const SEVERITY_BARS: ReadonlyArray<{
  severity: 'critical' | 'warning';
  name: string;
  color: (theme: Theme) => string;
}> = [
  {
    severity: 'critical',
    name: 'Critical issues',
    color: theme => theme.palette.error.main,
  },
  {
    severity: 'warning',
    name: 'Warnings',
    color: theme => theme.palette.warning.main,
  },
];

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
  return (
    <SizedChart width={width} height={HEIGHT}>
      <ComposedChart
        data={points}
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
        <YAxis yAxisId="duration" orientation="right" stroke={text} unit=" s" />
        <Tooltip
          contentStyle={tooltipContentStyle(theme)}
          isAnimationActive={false}
        />
        <Legend wrapperStyle={{ color: theme.palette.text.primary }} />
        {SEVERITY_BARS.map(bar => (
          <Bar
            key={bar.severity}
            yAxisId="issues"
            dataKey={bar.severity}
            name={bar.name}
            stackId="issues"
            fill={bar.color(theme)}
            isAnimationActive={false}
          />
        ))}
        <Line
          yAxisId="duration"
          dataKey="durationSeconds"
          name="Duration (s)"
          stroke={theme.palette.info.main}
          dot={points.length <= 60}
          isAnimationActive={false}
        />
      </ComposedChart>
    </SizedChart>
  );
}

import { useTheme } from '@material-ui/core/styles';
import { Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { SizedChart } from '../charts';
import { windowClockAxis } from '../timeline/windowClockAxis';
import { SlotPosition } from './findSlotPosition';

const HEIGHT = 70;

/** The window as an axis with every slot as a small mark and this dashboard's as a large one. */
export function WindowPositionChart(props: {
  position: SlotPosition;
  timezone: string;
  width?: number;
}) {
  const { position, timezone, width } = props;
  const theme = useTheme();
  const domain: [number, number] = [
    Date.parse(position.windowStart),
    Date.parse(position.windowEnd),
  ];
  const mine = Date.parse(position.plannedAt);
  const others = position.slotTimesMs
    .filter(ms => ms !== mine)
    .map(ms => ({ ms, y: 0 }));
  return (
    <SizedChart width={width} height={HEIGHT}>
      <ScatterChart margin={{ top: 10, right: 16, bottom: 0, left: 16 }}>
        <XAxis
          dataKey="ms"
          {...windowClockAxis(domain, timezone, 6)}
          stroke={theme.palette.text.secondary}
        />
        <YAxis type="number" dataKey="y" hide domain={[-1, 1]} />
        <Scatter
          name="Other dashboards"
          data={others}
          fill={theme.palette.text.disabled}
          shape="circle"
          isAnimationActive={false}
        />
        <Scatter
          name="This dashboard"
          data={[{ ms: mine, y: 0 }]}
          fill={theme.palette.primary.main}
          shape="diamond"
          legendType="diamond"
          isAnimationActive={false}
          className="window-position-mine"
        />
      </ScatterChart>
    </SizedChart>
  );
}

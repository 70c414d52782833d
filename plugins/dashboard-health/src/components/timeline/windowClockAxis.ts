import { axisTicks } from './axisTicks';
import { axisTime } from './slotTimes';

/**
 * Props of a recharts XAxis of instants (epoch ms) on a window's own clock: the domain, and ticks at round
 * "HH:mm" times in the window's zone, about `maxTicks` of them.
 */
export function windowClockAxis(
  domain: [number, number],
  timezone: string,
  maxTicks?: number,
) {
  return {
    type: 'number' as const,
    domain,
    ticks: axisTicks(domain, timezone, maxTicks),
    tickFormatter: (ms: number) => axisTime(ms, timezone),
  };
}

import { DateTime } from 'luxon';

const STEPS_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 180, 240, 360];

/**
 * Round clock times on the window's own clock between two instants, about `max` of them at most:
 * 01:00, 01:30, 02:00, … for a 4 h window.
 */
export function axisTicks(
  domain: [number, number],
  timezone: string,
  max = 9,
): number[] {
  const spanMinutes = (domain[1] - domain[0]) / 60_000;
  const step =
    STEPS_MINUTES.find(minutes => spanMinutes / minutes <= max) ??
    STEPS_MINUTES[STEPS_MINUTES.length - 1];
  const start = DateTime.fromMillis(domain[0], { zone: timezone });
  const minuteOfDay = start.hour * 60 + start.minute;
  let tick = start
    .startOf('day')
    .plus({ minutes: Math.ceil(minuteOfDay / step) * step });
  // A tick exactly at the start is fine; one before it (seconds past the round minute) is not.
  if (tick.toMillis() < domain[0]) tick = tick.plus({ minutes: step });
  const ticks: number[] = [];
  while (tick.toMillis() <= domain[1]) {
    ticks.push(tick.toMillis());
    tick = tick.plus({ minutes: step });
  }
  return ticks;
}

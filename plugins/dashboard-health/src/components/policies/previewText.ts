import {
  PlanPreviewResponse,
  Window,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DateTime } from 'luxon';

/** "16 min", "34 min 17 s", "45 s", "1 h 20 min": the gap between two checks. */
export function spacingText(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) {
    const rest = whole % 60;
    return rest
      ? `${Math.floor(whole / 60)} min ${rest} s`
      : `${whole / 60} min`;
  }
  return durationText(whole * 1000);
}

/** "3 h", "4 h 30 min", "45 min": a window's length. */
export function durationText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The window's length on an ordinary day, from its clock times (crossing midnight when end ≤ start). */
export function nominalDurationMs(window: Window): number {
  let minutes = minutesOfDay(window.end) - minutesOfDay(window.start);
  if (minutes <= 0) minutes += 24 * 60;
  return minutes * 60_000;
}

/**
 * "On 2026-03-29 this window lasts 3 h instead of 4 h (daylight-saving change)" when the planned date's
 * real window differs from its clock times; undefined on an ordinary day.
 */
export function dstNote(
  window: Window,
  plan: Pick<PlanPreviewResponse, 'date' | 'windowStart' | 'windowEnd'>,
): string | undefined {
  const nominal = nominalDurationMs(window);
  const actual = Date.parse(plan.windowEnd) - Date.parse(plan.windowStart);
  if (Math.abs(actual - nominal) < 60_000) return undefined;
  return `On ${plan.date} this window lasts ${durationText(
    actual,
  )} instead of ${durationText(nominal)} (daylight-saving change)`;
}

/** A slot's time on the window's own clock, which is what the window's times are written in. */
export function slotTime(plannedAt: string, timezone: string): string {
  return DateTime.fromISO(plannedAt, { zone: timezone }).toFormat('HH:mm');
}

/** How many slots the sentence names before "and N more". */
export const SLOTS_SHOWN = 12;

/**
 * "15 dashboards → one every 16 min: ", or with weighted spacing (where the gap is the mean)
 * "15 dashboards → one every 16 min on average, longer after heavier ones: ".
 */
function spreadText(
  plan: Pick<PlanPreviewResponse, 'slots' | 'spacingSeconds' | 'spacing'>,
): string {
  const count = plan.slots.length;
  if (count === 1) return '1 dashboard → ';
  const gap = `one every ${spacingText(plan.spacingSeconds)}`;
  return plan.spacing === 'weighted'
    ? `${count} dashboards → ${gap} on average, longer after heavier ones: `
    : `${count} dashboards → ${gap}: `;
}

/**
 * "15 dashboards → one every 16 min: 01:08 Sales Overview, 01:24 Marketing, …": the plan in one sentence,
 * with times in the window's zone and refs replaced by titles.
 */
export function previewSentence(
  plan: PlanPreviewResponse,
  timezone: string,
  titleOf: (entityRef: string) => string,
): string {
  const count = plan.slots.length;
  const shown = plan.slots
    .slice(0, SLOTS_SHOWN)
    .map(
      slot =>
        `${slotTime(slot.plannedAt, timezone)} ${titleOf(slot.entityRef)}`,
    );
  if (count > SLOTS_SHOWN) shown.push(`and ${count - SLOTS_SHOWN} more`);
  return spreadText(plan) + shown.join(', ');
}

import {
  NextRun,
  PolicyPlanResponse,
} from '@dashboard-health/plugin-dashboard-health-common';

/** Where one dashboard sits in its policy's window. */
export interface SlotPosition {
  /** 1-based place in slot order. */
  index: number;
  count: number;
  plannedAt: string;
  windowStart: string;
  windowEnd: string;
  /** Every slot's planned instant (ms), for the picture. */
  slotTimesMs: number[];
}

/**
 * Finds the next run's slot in a plan — by run id, else by entity ref — or undefined when the plan does
 * not hold it (another date, not planned yet).
 */
export function findSlotPosition(
  plan: PolicyPlanResponse,
  nextRun: NextRun,
  entityRef: string,
): SlotPosition | undefined {
  if (!plan.planned || !plan.windowStart || !plan.windowEnd) return undefined;
  const sorted = [...plan.slots].sort(
    (a, b) => Date.parse(a.plannedAt) - Date.parse(b.plannedAt),
  );
  const ref = entityRef.toLocaleLowerCase('en-US');
  let index = sorted.findIndex(slot => slot.runId === nextRun.runId);
  if (index < 0) {
    index = sorted.findIndex(
      slot => slot.entityRef.toLocaleLowerCase('en-US') === ref,
    );
  }
  if (index < 0) return undefined;
  return {
    index: index + 1,
    count: sorted.length,
    plannedAt: sorted[index].plannedAt,
    windowStart: plan.windowStart,
    windowEnd: plan.windowEnd,
    slotTimesMs: sorted.map(slot => Date.parse(slot.plannedAt)),
  };
}

import {
  PolicyPlanSlot,
  RecordStatus,
  RunStatus,
} from '@dashboard-health/plugin-dashboard-health-common';

/** What a slot's bar says: the record's status once judged, else how far the run got. */
export type SlotOutcome =
  | RecordStatus
  | 'running'
  | 'planned'
  | 'missed'
  | 'cancelled';

/** One row of the window timeline: one slot, its planned mark and, once it started, its run. */
export interface TimelineRow {
  entityRef: string;
  title: string;
  /** Unique per row (a title may repeat): the y-axis category. */
  label: string;
  plannedMs: number;
  startedMs: number | null;
  /** The run's end, or now while it runs; null before it starts. */
  endMs: number | null;
  /** Start − planned, ms; null before it starts. */
  latenessMs: number | null;
  outcome: SlotOutcome;
  status: RunStatus;
  reason: string | null;
  /** From the planned instant to the start (or a thin mark when on time / not started): lateness is its length. */
  plannedSpan: [number, number];
  /** From start to end; null before the run starts. */
  runSpan: [number, number] | null;
}

function outcomeOf(slot: PolicyPlanSlot): SlotOutcome {
  if (slot.outcome) return slot.outcome;
  switch (slot.status) {
    case 'running':
    case 'planned':
    case 'missed':
    case 'cancelled':
      return slot.status;
    case 'succeeded':
      return 'pass';
    case 'failed':
      return 'fail';
    default:
      return 'error';
  }
}

/**
 * The rows of a timeline, in slot order. `minMarkMs` is the shortest planned mark, so a slot that started on
 * time (or not yet) still shows as a tick on the axis.
 */
export function timelineRows(
  slots: readonly PolicyPlanSlot[],
  options: {
    titleOf: (entityRef: string) => string;
    now: number;
    minMarkMs: number;
  },
): TimelineRow[] {
  const sorted = [...slots].sort(
    (a, b) => Date.parse(a.plannedAt) - Date.parse(b.plannedAt),
  );
  return sorted.map((slot, index) => {
    const plannedMs = Date.parse(slot.plannedAt);
    const startedMs = slot.startedAt ? Date.parse(slot.startedAt) : null;
    let endMs: number | null = null;
    if (startedMs !== null) {
      endMs = slot.finishedAt
        ? Date.parse(slot.finishedAt)
        : Math.max(startedMs, options.now);
    }
    const markEnd = Math.max(plannedMs + options.minMarkMs, startedMs ?? 0);
    const title = options.titleOf(slot.entityRef);
    return {
      entityRef: slot.entityRef,
      title,
      label: `${index + 1}. ${title}`,
      plannedMs,
      startedMs,
      endMs,
      latenessMs: startedMs === null ? null : startedMs - plannedMs,
      outcome: outcomeOf(slot),
      status: slot.status,
      reason: slot.reason,
      plannedSpan: [plannedMs, markEnd],
      runSpan:
        startedMs === null || endMs === null
          ? null
          : [startedMs, Math.max(endMs, startedMs + options.minMarkMs)],
    };
  });
}

import {
  NotifyMode,
  RecordStatus,
} from '@dashboard-health/plugin-dashboard-health-common';

/** How good a dashboard is; `error` means the validation could not tell, so it has no rank. */
const RANK: Partial<Record<RecordStatus, number>> = {
  pass: 0,
  warn: 1,
  fail: 2,
};

export type StatusChange = 'regression' | 'recovery' | 'change';

/**
 * Whether a new record is news for the owner. Regressions and recoveries compare the dashboard's judged
 * statuses only (an `error` run says nothing about the dashboard), so a dashboard failing every night is
 * announced once, when it starts failing, and again when it recovers. `previous` undefined means this is
 * the first judged record: a first warn or fail is a regression from "assumed fine".
 */
export function statusChange(options: {
  /** The last status before this record that is not `error`. */
  previousJudged: RecordStatus | undefined;
  /** The status of the record right before this one, whatever it was. */
  previous: RecordStatus | undefined;
  current: RecordStatus;
  mode: NotifyMode;
}): StatusChange | undefined {
  const { previousJudged, previous, current, mode } = options;
  if (mode === 'off') return undefined;
  if (
    mode === 'every-change' &&
    previous !== undefined &&
    previous !== current
  ) {
    const direction = judgedDirection(previousJudged, current);
    return direction ?? 'change';
  }
  return judgedDirection(previousJudged, current);
}

function judgedDirection(
  previousJudged: RecordStatus | undefined,
  current: RecordStatus,
): 'regression' | 'recovery' | undefined {
  const now = RANK[current];
  if (now === undefined) return undefined;
  const before = previousJudged === undefined ? 0 : RANK[previousJudged] ?? 0;
  if (now > before) return 'regression';
  if (now < before) return 'recovery';
  return undefined;
}

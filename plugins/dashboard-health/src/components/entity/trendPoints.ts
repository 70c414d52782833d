import {
  RecordStatus,
  ValidationRecord,
} from '@dashboard-health/plugin-dashboard-health-common';
import { DateTime } from 'luxon';
import { countIssues } from './countIssues';

/** One check on the trend chart. */
export interface TrendPoint {
  id: string;
  /** "3 Jun 02:24" in the viewer's zone. */
  label: string;
  status: RecordStatus;
  critical: number;
  warning: number;
  info: number;
  /** How long the validation took, seconds (one decimal). */
  durationSeconds: number;
}

/** The records (oldest first) as points of the 90-day trend: issue counts by severity and duration. */
export function trendPoints(
  records: readonly ValidationRecord[],
): TrendPoint[] {
  return records.map(record => ({
    id: record.id,
    label: DateTime.fromISO(record.startedAt).toLocal().toFormat('d LLL HH:mm'),
    status: record.status,
    ...countIssues(record.issues),
    durationSeconds: Math.round(record.durationMs / 100) / 10,
  }));
}

import { NextRun } from './policyPlan';
import { ValidationRecord } from './record';

/**
 * Answer of `GET /health?entityRef=`: the latest record (or null; possibly `error` when the last run could
 * not check the dashboard), the newest record that is not `error` (the last completed check, or null) and
 * the next planned run (or null).
 *
 * @public
 */
export interface EntityHealthResponse {
  /** The dashboard asked about. */
  entityRef: string;
  /** The latest record; null when never checked. */
  latestRecord: ValidationRecord | null;
  /** The newest record that is not `error`; null when there is none. */
  lastCompletedRecord: ValidationRecord | null;
  /** The next planned run; null when none is planned. */
  nextRun: NextRun | null;
}

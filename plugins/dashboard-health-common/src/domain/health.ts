import { NextRun } from './policyPlan';
import { ValidationRecord } from './record';

/**
 * Answer of `GET /health?entityRef=`: the latest record (or null; possibly `error` when the last run could
 * not check the dashboard), the newest record that is not `error` (the last completed check, or null) and
 * the next planned run (or null).
 */
export interface EntityHealthResponse {
  entityRef: string;
  latestRecord: ValidationRecord | null;
  lastCompletedRecord: ValidationRecord | null;
  nextRun: NextRun | null;
}

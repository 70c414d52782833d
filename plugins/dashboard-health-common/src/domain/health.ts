import { NextRun } from './policyPlan';
import { ValidationRecord } from './record';

/** Answer of `GET /health?entityRef=`: the latest record (or null) and the next planned run (or null). */
export interface EntityHealthResponse {
  entityRef: string;
  latestRecord: ValidationRecord | null;
  nextRun: NextRun | null;
}

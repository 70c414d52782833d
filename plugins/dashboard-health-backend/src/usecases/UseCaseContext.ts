import {
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { CatalogDashboards } from '../catalog/CatalogDashboards';
import { Clock } from '../clock';
import { PlanStore } from '../database/PlanStore';
import { PolicyStore } from '../database/PolicyStore';
import { RecordStore } from '../database/RecordStore';
import { RunStore } from '../database/RunStore';
import { Dispatcher } from '../scheduling/Dispatcher';
import { Forecaster } from '../scheduling/Forecaster';
import { PolicyPlanner } from '../scheduling/PolicyPlanner';

/** What the use cases need, whether a REST route or an action calls them; assembled once in plugin.ts. */
export interface UseCaseContext {
  permissions: PermissionsService;
  logger: LoggerService;
  clock: Clock;
  policies: PolicyStore;
  plans: PlanStore;
  runs: RunStore;
  records: RecordStore;
  planner: PolicyPlanner;
  dispatcher: Dispatcher;
  /** Expected durations and capacity forecasts (issue 14). */
  forecaster: Forecaster;
  dashboards: CatalogDashboards;
  /** Configured Superset instance ids. */
  environments: readonly string[];
  gracePeriodMs: number;
  minSpacingSeconds?: number;
}

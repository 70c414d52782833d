import { LoggerService } from '@backstage/backend-plugin-api';
import { Clock } from '../clock';
import { PlanStore } from '../database/PlanStore';
import { RecordStore } from '../database/RecordStore';
import { RunStore } from '../database/RunStore';

/**
 * The daily retention: records, finished runs and past plans older than `retentionDays` go, except each
 * dashboard's latest record while the dashboard is in the catalog. Returns the records deleted.
 */
export async function applyRetention(options: {
  runs: RunStore;
  plans: PlanStore;
  records: RecordStore;
  /** Dashboards in the catalog now. */
  knownDashboards: () => Promise<Set<string>>;
  clock: Clock;
  retentionDays: number;
  logger: LoggerService;
}): Promise<number> {
  const { clock, logger } = options;
  const known = await options.knownDashboards();
  const cutoff = new Date(
    clock.now().getTime() - options.retentionDays * 86_400_000,
  );
  const runs = await options.runs.prune(cutoff);
  const plans = await options.plans.prune(cutoff);
  logger.info(
    `Retention deleted ${runs} finished runs and ${plans} past plans`,
  );
  return options.records.prune(cutoff, ref => known.has(ref));
}

import { Knex } from 'knex';
import { DurationEstimate, DurationStore } from './DurationStore';
import { DurationRow, recordDuration, toAggregate } from './recordDuration';
import { chunks } from './rows';

export class DatabaseDurationStore implements DurationStore {
  constructor(private readonly db: Knex) {}

  async estimates(
    entityRefs: readonly string[],
  ): Promise<Map<string, DurationEstimate>> {
    const result = new Map<string, DurationEstimate>();
    for (const refs of chunks(entityRefs, 500)) {
      const rows = await this.db<DurationRow>('dashboard_durations').whereIn(
        'entity_ref',
        refs,
      );
      for (const row of rows) {
        const aggregate = toAggregate(row);
        if (!aggregate) continue;
        result.set(row.entity_ref, {
          entityRef: row.entity_ref,
          medianSeconds: aggregate.medianMs / 1000,
          p90Seconds: aggregate.p90Ms / 1000,
          planningSeconds: aggregate.planningCostMs / 1000,
          sampleCount: aggregate.sampleCount,
        });
      }
    }
    return result;
  }

  async record(entityRef: string, durationMs: number, at: Date) {
    await this.db.transaction(trx =>
      recordDuration(trx, entityRef, durationMs, at),
    );
  }
}

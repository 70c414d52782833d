import { Knex } from 'knex';
import { addDuration, DurationAggregate } from './durationAggregate';
import { fromJson } from './rows';

export interface DurationRow {
  entity_ref: string;
  samples_ms: string;
  sample_count: number;
  median_ms: number;
  p90_ms: number;
  planning_cost_ms: number;
  updated_at: unknown;
}

/**
 * Folds one completed validation into its dashboard's rolling aggregate, inside the caller's transaction
 * (the run's finish): one row read and written, never a scan of the records. The row is created first and
 * then locked, so two finishes of one dashboard on PostgreSQL take turns instead of losing a sample.
 */
export async function recordDuration(
  trx: Knex.Transaction,
  entityRef: string,
  durationMs: number,
  at: Date,
): Promise<void> {
  await trx('dashboard_durations')
    .insert({
      entity_ref: entityRef,
      samples_ms: '[]',
      sample_count: 0,
      median_ms: 0,
      p90_ms: 0,
      planning_cost_ms: 0,
      updated_at: at,
    })
    .onConflict('entity_ref')
    .ignore();
  let query = trx<DurationRow>('dashboard_durations').where({
    entity_ref: entityRef,
  });
  if (trx.client.config.client === 'pg') query = query.forUpdate();
  const row = await query.first();
  const next = addDuration(row && toAggregate(row), durationMs);
  await trx('dashboard_durations')
    .where({ entity_ref: entityRef })
    .update({
      samples_ms: JSON.stringify(next.samplesMs),
      sample_count: next.sampleCount,
      median_ms: next.medianMs,
      p90_ms: next.p90Ms,
      planning_cost_ms: next.planningCostMs,
      updated_at: at,
    });
}

export function toAggregate(row: DurationRow): DurationAggregate | undefined {
  const sampleCount = Number(row.sample_count);
  if (sampleCount === 0) return undefined;
  return {
    samplesMs: fromJson<number[]>(row.samples_ms),
    sampleCount,
    medianMs: Number(row.median_ms),
    p90Ms: Number(row.p90_ms),
    planningCostMs: Number(row.planning_cost_ms),
  };
}

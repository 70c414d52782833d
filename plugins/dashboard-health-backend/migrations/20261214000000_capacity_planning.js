// @ts-check

/**
 * Capacity-aware planning (issue 14):
 * - dashboard_durations: a rolling aggregate of each dashboard's recent validation durations, updated in the
 *   transaction that finishes a run, so forecasts and weighted slots read one row per dashboard instead of
 *   scanning records. `samples_ms` holds the last few durations (JSON, newest last); `median_ms`/`p90_ms`
 *   are derived from them; `planning_cost_ms` is the cost weighted spacing plans with, which follows the
 *   median only when it moves materially (hysteresis), so slots do not wander night to night.
 * - policies.spacing: `even` (default, also for existing policies) or `weighted`.
 * - Existing installations start with what their records already say: the last 20 completed validations of
 *   each dashboard (one pass over the records, here only; afterwards finishes keep the aggregate).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('dashboard_durations', table => {
    table.string('entity_ref').primary();
    table.text('samples_ms').notNullable();
    table.integer('sample_count').notNullable();
    table.integer('median_ms').notNullable();
    table.integer('p90_ms').notNullable();
    table.integer('planning_cost_ms').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });
  await knex.schema.alterTable('policies', table => {
    table.string('spacing').notNullable().defaultTo('even');
  });
  await backfillDurations(knex);
};

const SAMPLES = 20;

/** @param {import('knex').Knex} knex */
async function backfillDurations(knex) {
  const recent = knex('records')
    .whereNot('status', 'error')
    .select(
      'entity_ref',
      'duration_ms',
      'finished_at',
      knex.raw(
        'row_number() over (partition by entity_ref order by finished_at desc, id desc) as rn',
      ),
    )
    .as('recent');
  const rows = await knex
    .from(recent)
    .where('rn', '<=', SAMPLES)
    .orderBy([
      { column: 'entity_ref' },
      { column: 'finished_at', order: 'asc' },
      { column: 'rn', order: 'desc' },
    ]);
  /** @type {Map<string, number[]>} */
  const samples = new Map();
  for (const row of rows) {
    const list = samples.get(row.entity_ref) ?? [];
    list.push(Math.max(0, Math.round(Number(row.duration_ms))));
    samples.set(row.entity_ref, list);
  }
  const now = new Date();
  const aggregates = [...samples].map(([entityRef, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    const median = Math.round(quantile(sorted, 0.5));
    return {
      entity_ref: entityRef,
      samples_ms: JSON.stringify(list),
      sample_count: list.length,
      median_ms: median,
      p90_ms: Math.round(quantile(sorted, 0.9)),
      planning_cost_ms: median,
      updated_at: now,
    };
  });
  for (let i = 0; i < aggregates.length; i += 500) {
    await knex('dashboard_durations').insert(aggregates.slice(i, i + 500));
  }
}

/** As src/database/durationAggregate.ts: linear interpolation between closest ranks. */
function quantile(/** @type {number[]} */ sorted, /** @type {number} */ q) {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('policies', table => {
    table.dropColumn('spacing');
  });
  await knex.schema.dropTable('dashboard_durations');
};

// @ts-check

/**
 * The plugin's tables. Times are stored as timestamps with time zone (UTC instants); JSON documents as text
 * so SQLite and PostgreSQL share one schema.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('policies', table => {
    table.comment(
      'Validation policies: an environment, dashboards and a daily window',
    );
    table.string('id').primary();
    table.string('name').notNullable();
    table.string('environment').notNullable();
    table
      .text('entity_refs')
      .notNullable()
      .comment('JSON array of explicit entity refs');
    table
      .text('selector')
      .nullable()
      .comment('JSON catalog selector, resolved when a day is planned');
    table
      .text('window')
      .notNullable()
      .comment('JSON window: start, end, timezone, days');
    table.boolean('enabled').notNullable().defaultTo(true);
    table.integer('max_concurrency').nullable();
    table.string('created_by').nullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('runs', table => {
    table.comment('One planned or manual validation of one dashboard');
    table.string('id').primary();
    table.string('policy_id').nullable();
    table
      .string('plan_date')
      .nullable()
      .comment('Window date (YYYY-MM-DD in the window zone) of a planned run');
    table.string('entity_ref').notNullable();
    table.string('environment').notNullable();
    table.string('trigger').notNullable();
    table.string('status').notNullable();
    table.timestamp('planned_at', { useTz: true }).notNullable();
    table.timestamp('started_at', { useTz: true }).nullable();
    table.timestamp('finished_at', { useTz: true }).nullable();
    table.integer('attempt').notNullable().defaultTo(0);
    table.text('reason').nullable();
    table.string('record_id').nullable();
    table.string('lease_owner').nullable();
    table.timestamp('lease_expires_at', { useTz: true }).nullable();
    // A policy plans a dashboard at most once per window date, whichever replica plans it.
    table.unique(['policy_id', 'plan_date', 'entity_ref'], {
      indexName: 'runs_policy_date_entity_uniq',
    });
    // The dispatcher's claim query: due runs in slot order.
    table.index(['status', 'planned_at'], 'runs_status_planned_at_idx');
    table.index(['entity_ref', 'planned_at'], 'runs_entity_planned_at_idx');
  });

  await knex.schema.createTable('records', table => {
    table.comment('ValidationRecords: the outcome of one validation');
    table.string('id').primary();
    table.string('entity_ref').notNullable();
    table.string('environment').notNullable();
    table.string('policy_id').nullable();
    table.string('run_id').nullable();
    table.string('status').notNullable();
    table.text('summary').notNullable();
    table.text('issues').notNullable().comment('JSON array of issues');
    table.text('facts').notNullable().comment('JSON facts digest');
    table.text('llm').notNullable().comment('JSON LLM usage or skipped reason');
    table.timestamp('started_at', { useTz: true }).notNullable();
    table.timestamp('finished_at', { useTz: true }).notNullable();
    table.integer('duration_ms').notNullable();
    // Latest record per entity and an entity's history, newest first.
    table.index(
      ['entity_ref', 'finished_at'],
      'records_entity_finished_at_idx',
    );
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('records');
  await knex.schema.dropTable('runs');
  await knex.schema.dropTable('policies');
};

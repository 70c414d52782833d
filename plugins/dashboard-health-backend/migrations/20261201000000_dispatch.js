// @ts-check

/**
 * What the windowed engine needs beyond the first schema:
 * - runs.deadline_at: the last instant a run may still start (window end + grace), so the dispatcher can
 *   mark late runs `missed` without knowing their policy's window;
 * - policy_plans: which window dates of which policy version are materialised, so the planner's idle work
 *   is one row per policy and date, not one per dashboard;
 * - the validation settings of a policy (staleness limit, daily LLM token budget) and each record's LLM
 *   tokens as a column, so a policy's spend of the day is one indexed sum.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('runs', table => {
    table
      .timestamp('deadline_at', { useTz: true })
      .nullable()
      .comment('Window end plus grace: a run not started by then is missed');
    table
      .timestamp('created_at', { useTz: true })
      .nullable()
      .comment('When the run was planned or requested');
    table
      .string('requested_by')
      .nullable()
      .comment('Entity ref of the user who started a manual run');
    // The dispatcher's expired-lease query reads running rows only.
    table.index(['status', 'lease_expires_at'], 'runs_status_lease_idx');
  });

  await knex.schema.alterTable('policies', table => {
    table
      .string('max_staleness')
      .nullable()
      .comment('How old chart data may be, e.g. 2d');
    table.integer('llm_daily_token_budget').nullable();
  });

  await knex.schema.alterTable('records', table => {
    table.integer('llm_total_tokens').nullable();
    table.index(['policy_id', 'finished_at'], 'records_policy_finished_at_idx');
  });

  await knex.schema.createTable('policy_plans', table => {
    table.comment('Window dates materialised as planned runs, per policy');
    table.string('policy_id').notNullable();
    table.string('plan_date').notNullable();
    table
      .string('policy_version')
      .notNullable()
      .comment('updated_at of the policy the plan was made from');
    table.integer('run_count').notNullable();
    table.timestamp('window_start', { useTz: true }).notNullable();
    table.timestamp('window_end', { useTz: true }).notNullable();
    table.timestamp('planned_at', { useTz: true }).notNullable();
    table.primary(['policy_id', 'plan_date']);
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('policy_plans');
  await knex.schema.alterTable('records', table => {
    table.dropIndex(
      ['policy_id', 'finished_at'],
      'records_policy_finished_at_idx',
    );
    table.dropColumn('llm_total_tokens');
  });
  await knex.schema.alterTable('policies', table => {
    table.dropColumn('llm_daily_token_budget');
    table.dropColumn('max_staleness');
  });
  await knex.schema.alterTable('runs', table => {
    table.dropIndex(['status', 'lease_expires_at'], 'runs_status_lease_idx');
    table.dropColumn('requested_by');
    table.dropColumn('created_at');
    table.dropColumn('deadline_at');
  });
};

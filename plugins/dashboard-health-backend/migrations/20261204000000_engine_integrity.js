// @ts-check

/**
 * Engine integrity:
 * - runs.lease_token: every claim gets its own token; heartbeats and finishes are accepted only with it, so
 *   an execution whose lease lapsed cannot write over the run's next attempt (fencing).
 * - runs_claim_idx (status, environment, policy_id, planned_at, id): the claim reads the oldest due runs of each
 *   instance and policy separately, so a backlog on one cannot hide the others' runs; id is the
 *   slot-order tie-break, so each queue's head is read straight off the index.
 * - runs_status_deadline_idx: finding overdue runs reads only those, not the whole due backlog.
 * - records.llm_summary: the LLM review's summary, kept apart from the checks' summary it may not rewrite.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('runs', table => {
    table
      .string('lease_token')
      .nullable()
      .comment(
        'Token of the claim that holds the lease; finish/extend need it',
      );
    table.index(
      ['status', 'environment', 'policy_id', 'planned_at', 'id'],
      'runs_claim_idx',
    );
    table.index(['status', 'deadline_at'], 'runs_status_deadline_idx');
  });
  await knex.schema.alterTable('records', table => {
    table.text('llm_summary').nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('records', table => {
    table.dropColumn('llm_summary');
  });
  await knex.schema.alterTable('runs', table => {
    table.dropIndex(['status', 'deadline_at'], 'runs_status_deadline_idx');
    table.dropIndex(
      ['status', 'environment', 'policy_id', 'planned_at', 'id'],
      'runs_claim_idx',
    );
    table.dropColumn('lease_token');
  });
};

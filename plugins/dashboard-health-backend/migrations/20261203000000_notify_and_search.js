// @ts-check

/**
 * - policies.notify: who hears about status changes of the policy's dashboards (off | regressions |
 *   every-change). Existing policies get the default, regressions.
 * - entity_health.issue_messages: the latest record's issue messages (JSON array, capped), so search
 *   documents can be built from entity_health alone. Rows from before read as their top issue.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.alterTable('policies', table => {
    table.string('notify').notNullable().defaultTo('regressions');
  });
  await knex.schema.alterTable('entity_health', table => {
    table.text('issue_messages').nullable();
  });
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.alterTable('entity_health', table => {
    table.dropColumn('issue_messages');
  });
  await knex.schema.alterTable('policies', table => {
    table.dropColumn('notify');
  });
};

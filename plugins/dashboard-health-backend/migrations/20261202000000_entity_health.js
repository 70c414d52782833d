// @ts-check

/**
 * entity_health: one row per dashboard with its latest record's status and issue counts, maintained in the
 * transaction that stores each record. Lists of many dashboards (the Health Center, the catalog column, the
 * search collator) read it by primary key instead of finding the latest of millions of records.
 * `previous_status` is the status of the record before, for regression notifications.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('entity_health', table => {
    table.comment('Latest validation outcome per dashboard');
    table.string('entity_ref').primary();
    table.string('environment').notNullable();
    table.string('record_id').notNullable();
    table.string('status').notNullable();
    table.string('previous_status').nullable();
    table.text('summary').notNullable();
    table.integer('critical_count').notNullable();
    table.integer('warning_count').notNullable();
    table.integer('info_count').notNullable();
    table
      .text('top_issue')
      .nullable()
      .comment('Message of the most severe issue');
    table.timestamp('finished_at', { useTz: true }).notNullable();
    table.index(['status'], 'entity_health_status_idx');
  });

  // Existing records: the latest per entity.
  const latest = await knex('records as r')
    .select('r.*')
    .where(
      'r.finished_at',
      knex('records as l')
        .max('l.finished_at')
        .where('l.entity_ref', knex.ref('r.entity_ref')),
    );
  const seen = new Set();
  for (const row of latest) {
    if (seen.has(row.entity_ref)) continue;
    seen.add(row.entity_ref);
    /** @type {Array<{severity: string, message: string}>} */
    const issues = JSON.parse(row.issues);
    const count = (/** @type {string} */ severity) =>
      issues.filter(i => i.severity === severity).length;
    const top =
      issues.find(i => i.severity === 'critical') ??
      issues.find(i => i.severity === 'warning') ??
      issues[0];
    await knex('entity_health').insert({
      entity_ref: row.entity_ref,
      environment: row.environment,
      record_id: row.id,
      status: row.status,
      previous_status: null,
      summary: row.summary,
      critical_count: count('critical'),
      warning_count: count('warning'),
      info_count: count('info'),
      top_issue: top ? top.message : null,
      finished_at: row.finished_at,
    });
  }
};

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  await knex.schema.dropTable('entity_health');
};

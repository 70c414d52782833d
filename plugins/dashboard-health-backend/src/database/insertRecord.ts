import { ValidationRecord } from '@dashboard-health/plugin-dashboard-health-common';
import { Knex } from 'knex';
import { recordToRow } from './DatabaseRecordStore';
import { upsertEntityHealth } from './entityHealth';

/**
 * Stores a record and makes it its entity's latest outcome, inside the caller's transaction: the record
 * store's insert, the finish of a run and the interruption of one all write records this one way.
 */
export async function insertRecord(
  trx: Knex.Transaction,
  record: ValidationRecord,
): Promise<void> {
  await trx('records').insert(recordToRow(record));
  await upsertEntityHealth(trx, record);
}

import {
  ValidationPolicy,
  Window,
} from '@dashboard-health/plugin-dashboard-health-common';
import { Knex } from 'knex';
import { PolicyFields, PolicyHead, PolicyStore } from './PolicyStore';
import { fromJson, toBoolean, toIso } from './rows';
import { PolicyCapacity } from './RunStore';

interface PolicyRow {
  id: string;
  name: string;
  environment: string;
  entity_refs: string;
  selector: string | null;
  window: string;
  enabled: boolean | number;
  max_concurrency: number | null;
  max_staleness: string | null;
  llm_daily_token_budget: number | null;
  notify: ValidationPolicy['notify'];
  spacing: ValidationPolicy['spacing'] | null;
  created_by: string | null;
  created_at: unknown;
  updated_at: unknown;
}

export class DatabasePolicyStore implements PolicyStore {
  constructor(private readonly db: Knex) {}

  async list(): Promise<ValidationPolicy[]> {
    const rows = await this.db<PolicyRow>('policies')
      .orderBy('name')
      .orderBy('id');
    return rows.map(toPolicy);
  }

  async get(id: string): Promise<ValidationPolicy | undefined> {
    const row = await this.db<PolicyRow>('policies').where({ id }).first();
    return row ? toPolicy(row) : undefined;
  }

  async create(
    fields: PolicyFields,
    meta: { id: string; now: Date; createdBy?: string },
  ): Promise<ValidationPolicy> {
    await this.db('policies').insert({
      id: meta.id,
      ...toColumns(fields),
      created_by: meta.createdBy ?? null,
      created_at: meta.now,
      updated_at: meta.now,
    });
    return (await this.get(meta.id))!;
  }

  async update(
    id: string,
    fields: PolicyFields,
    now: Date,
  ): Promise<ValidationPolicy | undefined> {
    const count = await this.db('policies')
      .where({ id })
      .update({ ...toColumns(fields), updated_at: now });
    return count > 0 ? this.get(id) : undefined;
  }

  async delete(id: string): Promise<boolean> {
    return (await this.db('policies').where({ id }).delete()) > 0;
  }

  async capacities(): Promise<PolicyCapacity[]> {
    const rows = await this.db<PolicyRow>('policies').select(
      'id',
      'environment',
      'max_concurrency',
    );
    return rows.map(row => ({
      id: row.id,
      environment: row.environment,
      ...(row.max_concurrency === null
        ? {}
        : { maxConcurrency: Number(row.max_concurrency) }),
    }));
  }

  async heads(): Promise<PolicyHead[]> {
    const rows = await this.db<PolicyRow>('policies').select(
      'id',
      'enabled',
      'window',
      'updated_at',
    );
    return rows.map(row => ({
      id: row.id,
      enabled: toBoolean(row.enabled),
      window: fromJson<Window>(row.window),
      updatedAt: toIso(row.updated_at),
    }));
  }
}

function toColumns(fields: PolicyFields) {
  return {
    name: fields.name,
    environment: fields.environment,
    entity_refs: JSON.stringify(fields.entityRefs),
    selector: fields.selector ? JSON.stringify(fields.selector) : null,
    window: JSON.stringify(fields.window),
    enabled: fields.enabled,
    max_concurrency: fields.maxConcurrency ?? null,
    max_staleness: fields.maxStaleness ?? null,
    llm_daily_token_budget: fields.llmDailyTokenBudget ?? null,
    notify: fields.notify,
    spacing: fields.spacing ?? 'even',
  };
}

function toPolicy(row: PolicyRow): ValidationPolicy {
  const policy: ValidationPolicy = {
    id: row.id,
    name: row.name,
    environment: row.environment,
    entityRefs: fromJson<string[]>(row.entity_refs),
    window: fromJson<Window>(row.window),
    enabled: toBoolean(row.enabled),
    notify: row.notify,
    spacing: row.spacing ?? 'even',
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
  if (row.selector) policy.selector = fromJson(row.selector);
  if (row.max_concurrency !== null) {
    policy.maxConcurrency = Number(row.max_concurrency);
  }
  if (row.max_staleness !== null) policy.maxStaleness = row.max_staleness;
  if (row.llm_daily_token_budget !== null) {
    policy.llmDailyTokenBudget = Number(row.llm_daily_token_budget);
  }
  return policy;
}

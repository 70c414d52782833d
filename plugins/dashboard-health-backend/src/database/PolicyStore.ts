import {
  NotifyMode,
  ValidationPolicy,
  Window,
  DashboardSelector,
  Spacing,
} from '@dashboard-health/plugin-dashboard-health-common';
import { PolicyCapacity } from './RunStore';

/** A policy as validated and normalised by the API, before it gets an id and timestamps. */
export interface PolicyFields {
  name: string;
  environment: string;
  entityRefs: string[];
  selector?: DashboardSelector;
  window: Window;
  enabled: boolean;
  maxConcurrency?: number;
  maxStaleness?: string;
  llmDailyTokenBudget?: number;
  notify: NotifyMode;
  /** Absent means `even`. */
  spacing?: Spacing;
}

/** What the planner reads every round: small, and independent of how many dashboards a policy names. */
export interface PolicyHead {
  id: string;
  enabled: boolean;
  window: Window;
  updatedAt: string;
}

/** Where validation policies live. One implementation, on the plugin database. */
export interface PolicyStore {
  list(): Promise<ValidationPolicy[]>;
  get(id: string): Promise<ValidationPolicy | undefined>;
  create(
    fields: PolicyFields,
    meta: { id: string; now: Date; createdBy?: string },
  ): Promise<ValidationPolicy>;
  update(
    id: string,
    fields: PolicyFields,
    now: Date,
  ): Promise<ValidationPolicy | undefined>;
  delete(id: string): Promise<boolean>;
  heads(): Promise<PolicyHead[]>;
  /** Every policy's instance and concurrency cap, for the dispatcher's claim. */
  capacities(): Promise<PolicyCapacity[]>;
}

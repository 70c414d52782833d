import { LoggerService } from '@backstage/backend-plugin-api';
import { Window } from '@dashboard-health/plugin-dashboard-health-common';
import { Clock } from '../clock';
import { DemoPolicyConfig } from '../config';
import { PolicyStore } from '../database/PolicyStore';
import { PolicyPlanner } from './PolicyPlanner';

const MINUTE_MS = 60_000;

/**
 * The demo window: a daily UTC window whose next occurrence opens at the first whole minute at least
 * `startAfterMs` from now and lasts `spreadMs` (whole minutes, at least one). Pure.
 */
export function demoWindow(
  now: Date,
  startAfterMs: number,
  spreadMs: number,
): Window {
  const startMs =
    Math.ceil((now.getTime() + startAfterMs) / MINUTE_MS) * MINUTE_MS;
  const endMs =
    startMs + Math.max(1, Math.round(spreadMs / MINUTE_MS)) * MINUTE_MS;
  const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
  return { start: hhmm(startMs), end: hhmm(endMs), timezone: 'UTC' };
}

export interface DemoPolicyOptions {
  config: DemoPolicyConfig;
  environments: readonly string[];
  environmentDashboards: (environment: string) => Promise<string[]>;
  policies: PolicyStore;
  planner: PolicyPlanner;
  clock: Clock;
  logger: LoggerService;
}

/**
 * Creates or refreshes one demo policy per instance (`pol-demo-<instance>`) once the catalog holds that
 * instance's dashboards, with a window opening right away. A policy refreshed within the last
 * startAfter + spread is left alone, so another replica or a second call does not push the window on.
 * Returns true when every instance's demo policy is in place.
 */
export async function ensureDemoPolicies(
  options: DemoPolicyOptions,
): Promise<boolean> {
  const { config, policies, clock, logger } = options;
  const environments = config.environment
    ? [config.environment]
    : options.environments;
  let done = true;
  for (const environment of environments) {
    const id = `pol-demo-${environment}`;
    const now = clock.now();
    const existing = await policies.get(id);
    const fresh =
      existing &&
      now.getTime() - Date.parse(existing.updatedAt) <
        config.startAfterMs + config.spreadMs;
    if (fresh) continue;
    const entityRefs = await options.environmentDashboards(environment);
    if (entityRefs.length === 0) {
      done = false; // the catalog has not synced this instance yet; try again on the next call
      continue;
    }
    const fields = {
      name: `Demo: first ten minutes (${environment})`,
      environment,
      entityRefs,
      window: demoWindow(now, config.startAfterMs, config.spreadMs),
      enabled: true,
      notify: 'regressions' as const,
      spacing: 'weighted' as const,
    };
    const policy = existing
      ? await policies.update(id, fields, now)
      : await policies.create(fields, { id, now });
    await options.planner.replan(policy!);
    logger.info(
      `Demo policy ${id}: ${entityRefs.length} dashboards over ${fields.window.start}–${fields.window.end} UTC`,
    );
  }
  return done;
}

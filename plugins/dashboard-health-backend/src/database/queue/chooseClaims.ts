import { PolicyCapacity } from '../RunStore';

/** A due run as the claim sees it. */
export interface Candidate {
  id: string;
  environment: string;
  policyId: string | null;
  plannedAt: number;
}

/** Running runs, counted per instance and per policy (a policy's runs may span instances after an edit). */
export interface RunningCounts {
  byEnvironment: Map<string, number>;
  byPolicy: Map<string, number>;
}

/** One (instance, policy) queue to read, and how many of its oldest due runs could be claimed at most. */
export interface ClaimGroup {
  environment: string;
  policyId: string | null;
  limit: number;
}

const spare = (cap: number, used: number | undefined) =>
  Math.max(0, cap - (used ?? 0));

/**
 * The queues worth reading: every policy of an instance with spare capacity whose own cap is not reached,
 * and each such instance's manual runs. Reading each queue on its own is what keeps a backlog in one from
 * hiding the others.
 */
export function claimGroups(
  caps: ReadonlyMap<string, number>,
  policies: readonly PolicyCapacity[],
  running: RunningCounts,
): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const [environment, cap] of caps) {
    const environmentSpare = spare(cap, running.byEnvironment.get(environment));
    if (environmentSpare === 0) continue;
    groups.push({ environment, policyId: null, limit: environmentSpare });
    for (const policy of policies) {
      if (policy.environment !== environment) continue;
      const policySpare =
        policy.maxConcurrency === undefined
          ? environmentSpare
          : spare(policy.maxConcurrency, running.byPolicy.get(policy.id));
      const limit = Math.min(environmentSpare, policySpare);
      if (limit > 0) groups.push({ environment, policyId: policy.id, limit });
    }
  }
  return groups;
}

/** Picks, in slot order, the candidates that fit every instance's and policy's spare capacity. */
export function chooseClaims(
  candidates: readonly Candidate[],
  caps: ReadonlyMap<string, number>,
  policies: readonly PolicyCapacity[],
  running: RunningCounts,
): Candidate[] {
  const policyCaps = new Map(policies.map(p => [p.id, p.maxConcurrency]));
  const byEnvironment = new Map(running.byEnvironment);
  const byPolicy = new Map(running.byPolicy);
  const ordered = [...candidates].sort(
    (a, b) => a.plannedAt - b.plannedAt || a.id.localeCompare(b.id, 'en'),
  );
  const chosen: Candidate[] = [];
  for (const run of ordered) {
    const used = byEnvironment.get(run.environment) ?? 0;
    if (used >= (caps.get(run.environment) ?? 0)) continue;
    if (run.policyId) {
      const cap = policyCaps.get(run.policyId);
      const policyUsed = byPolicy.get(run.policyId) ?? 0;
      if (cap !== undefined && policyUsed >= cap) continue;
      byPolicy.set(run.policyId, policyUsed + 1);
    }
    byEnvironment.set(run.environment, used + 1);
    chosen.push(run);
  }
  return chosen;
}

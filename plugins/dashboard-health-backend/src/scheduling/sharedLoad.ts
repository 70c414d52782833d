import {
  SharedLoad,
  ValidationPolicy,
} from '@dashboard-health/plugin-dashboard-health-common';
import { PolicyStore } from '../database/PolicyStore';
import { overlappingOccurrences } from './windowOverlap';

/**
 * The other enabled policies on an instance whose windows overlap a span, each with the part of its
 * expected work that falls into the overlap (its work taken as spread evenly over its own window).
 */
export async function sharedLoad(options: {
  policies: Pick<PolicyStore, 'list'>;
  busySeconds: (policy: ValidationPolicy) => Promise<number>;
  environment: string;
  /** The policy being forecast, if stored: not another policy. */
  excludePolicyId?: string;
  startMs: number;
  endMs: number;
}): Promise<SharedLoad[]> {
  const others = (await options.policies.list()).filter(
    p =>
      p.enabled &&
      p.environment === options.environment &&
      p.id !== options.excludePolicyId,
  );
  const loads: SharedLoad[] = [];
  for (const other of others) {
    const occurrences = overlappingOccurrences(
      other.window,
      options.startMs,
      options.endMs,
    );
    if (occurrences.length === 0) continue;
    const busy = await options.busySeconds(other);
    let overlapMs = 0;
    let busySeconds = 0;
    for (const o of occurrences) {
      overlapMs += o.overlapMs;
      busySeconds += (busy * o.overlapMs) / (o.endMs - o.startMs);
    }
    loads.push({
      policyId: other.id,
      name: other.name,
      overlapSeconds: overlapMs / 1000,
      busySeconds,
    });
  }
  return loads;
}

import { z } from 'zod';
import type { Ownership } from '../scenario/schema';

export const supersetVersions = ['4.1', '5.0', '6.0'] as const;
export const supersetVersionSchema = z.enum(supersetVersions);
export type SupersetVersion = (typeof supersetVersions)[number];

/**
 * What differs between the Superset lines the product supports, limited to the fields the client reads.
 * Sources: apache/superset `superset/tasks/async_queries.py`, `superset/async_events/*`,
 * `superset/charts/data/api.py`, `superset/dashboards/schemas.py` as stored for each line; the
 * simulator README lists which values were read in the sources and which are inferred.
 */
export interface VersionProfile {
  version: SupersetVersion;
  /** Dashboards' and charts' people: `owners` on every supported line (editors/viewers come later). */
  ownership: Ownership;
  /**
   * The `errors` of a failed async job: 4.1 writes `[{"message": str}]`; later lines pass SIP-40 errors
   * (`{message, error_type, level, extra}`) through when the query raised one.
   */
  asyncJobErrors: 'message' | 'sip40';
}

const PROFILES: Record<SupersetVersion, VersionProfile> = {
  '4.1': {
    version: '4.1',
    ownership: 'owners',
    asyncJobErrors: 'message',
  },
  '5.0': {
    version: '5.0',
    ownership: 'owners',
    asyncJobErrors: 'sip40',
  },
  '6.0': {
    version: '6.0',
    ownership: 'owners',
    asyncJobErrors: 'sip40',
  },
};

/** The profile of `version` (default 5.0: the line the shared fixtures were taken from). */
export function versionProfile(
  version: SupersetVersion = '5.0',
): VersionProfile {
  return PROFILES[version];
}

import { Config } from '@backstage/config';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';

/** Which permission policy the backend runs; see config.d.ts. */
export type PermissionSettings =
  | { policy: 'allow-all' }
  | { policy: 'owners-and-admins'; adminGroup: string };

/**
 * Reads `dashboardHealth.permissions`. Without it the embedded development default (allow-all) applies;
 * asking for the production policy without an admin group fails at startup rather than locking everyone out.
 */
export function readPermissionSettings(config: Config): PermissionSettings {
  const key = 'dashboardHealth.permissions';
  const policy = config.getOptionalString(`${key}.policy`) ?? 'allow-all';
  if (policy === 'allow-all') return { policy };
  if (policy !== 'owners-and-admins') {
    throw new Error(
      `${key}.policy: '${policy}' is not one of allow-all, owners-and-admins`,
    );
  }
  const group = config.getString(`${key}.adminGroup`);
  let adminGroup: string;
  try {
    adminGroup = stringifyEntityRef(
      parseEntityRef(group, { defaultKind: 'group' }),
    ).toLocaleLowerCase('en-US');
  } catch {
    throw new Error(`${key}.adminGroup: '${group}' is not an entity ref`);
  }
  if (!adminGroup.startsWith('group:')) {
    throw new Error(`${key}.adminGroup: '${group}' is not a group`);
  }
  return { policy, adminGroup };
}

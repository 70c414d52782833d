import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizePermissionRequest,
  AuthorizeResult,
  BasicPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { UseCaseContext } from './UseCaseContext';

/** Throws NotAllowedError (403) unless the permission framework allows the caller the action. */
export function authorize(
  context: UseCaseContext,
  permission: BasicPermission,
  credentials: BackstageCredentials,
): Promise<void> {
  return decide(context, { permission }, credentials);
}

/**
 * The same for a resource permission on one resource, e.g. `dashboard-health.run.create` on a dashboard's
 * catalog entity. Passing `resourceRef` makes the permission backend resolve a conditional decision (such as
 * the catalog's `isEntityOwner`) with the plugin that owns the resource type, so the answer is definitive.
 */
export function authorizeOn(
  context: UseCaseContext,
  permission: ResourcePermission,
  resourceRef: string,
  credentials: BackstageCredentials,
): Promise<void> {
  return decide(context, { permission, resourceRef }, credentials);
}

async function decide(
  context: UseCaseContext,
  request: AuthorizePermissionRequest,
  credentials: BackstageCredentials,
): Promise<void> {
  const [decision] = await context.permissions.authorize([request], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(`Not allowed: ${request.permission.name}`);
  }
}

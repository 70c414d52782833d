import {
  BackstageCredentials,
  HttpAuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import { Request } from 'express';
import { CatalogDashboards } from '../catalog/CatalogDashboards';
import { Clock } from '../clock';
import { PolicyStore } from '../database/PolicyStore';
import { RecordStore } from '../database/RecordStore';
import { RunStore } from '../database/RunStore';
import { Dispatcher } from '../scheduling/Dispatcher';
import { PolicyPlanner } from '../scheduling/PolicyPlanner';

/** What the routes need; assembled once in plugin.ts. */
export interface RouteContext {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  logger: LoggerService;
  clock: Clock;
  policies: PolicyStore;
  runs: RunStore;
  records: RecordStore;
  planner: PolicyPlanner;
  dispatcher: Dispatcher;
  dashboards: CatalogDashboards;
  /** Configured Superset instance ids. */
  environments: readonly string[];
  gracePeriodMs: number;
  minSpacingSeconds?: number;
}

/** Any signed-in user or backend service; 401 otherwise. */
export function callerCredentials(
  context: RouteContext,
  req: Request,
): Promise<BackstageCredentials> {
  return context.httpAuth.credentials(req, { allow: ['user', 'service'] });
}

/** Throws 403 unless the permission framework allows the action. */
export async function authorize(
  context: RouteContext,
  permission: BasicPermission,
  credentials: BackstageCredentials,
): Promise<void> {
  const [decision] = await context.permissions.authorize([{ permission }], {
    credentials,
  });
  if (decision.result !== AuthorizeResult.ALLOW) {
    throw new NotAllowedError(`Not allowed: ${permission.name}`);
  }
}

/** The user ref behind credentials, for audit fields; undefined for services. */
export function principalRef(
  credentials: BackstageCredentials,
): string | undefined {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
  };
  return principal.type === 'user' ? principal.userEntityRef : undefined;
}

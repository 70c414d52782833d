import {
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { Request } from 'express';
import { UseCaseContext } from '../usecases/UseCaseContext';

/** What the routes need: the use cases' context and the HTTP credentials service; assembled in plugin.ts. */
export interface RouteContext extends UseCaseContext {
  httpAuth: HttpAuthService;
}

/** Any signed-in user or backend service; 401 otherwise. */
export function callerCredentials(
  context: RouteContext,
  req: Request,
): Promise<BackstageCredentials> {
  return context.httpAuth.credentials(req, { allow: ['user', 'service'] });
}

import { BackstageCredentials } from '@backstage/backend-plugin-api';

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

import { LoggerService } from '@backstage/backend-plugin-api';
import type { ClientOptions } from 'openai';

type SdkLogger = NonNullable<ClientOptions['logger']>;

/**
 * Routes the SDK's own log lines (retries, deprecations) to the plugin logger instead of the console.
 * Only the message is passed on: the SDK's extra arguments can hold request details, prompts included.
 */
export function sdkLogger(logger: LoggerService): SdkLogger {
  return {
    error: message => logger.error(message),
    warn: message => logger.warn(message),
    info: message => logger.info(message),
    debug: message => logger.debug(message),
  };
}

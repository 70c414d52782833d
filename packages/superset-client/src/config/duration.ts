import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

/**
 * Reads an optional duration at `key` of `config` as milliseconds, with every error naming the full
 * config path (`fullKey`), since Backstage's own messages only name the key relative to `config`.
 */
export function readOptionalDurationMs(
  config: Config,
  key: string,
  fullKey: string,
): number | undefined {
  if (!config.has(key)) {
    return undefined;
  }
  let duration: HumanDuration;
  try {
    duration = readDurationFromConfig(config, { key });
  } catch (error) {
    throw new Error(`${fullKey} is not a valid duration: ${describe(error)}`);
  }
  const total = durationToMilliseconds(duration);
  if (!Number.isFinite(total) || total <= 0) {
    throw new Error(`${fullKey} must be a positive duration`);
  }
  return total;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

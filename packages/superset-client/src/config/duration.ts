import { Config, readDurationFromConfig } from '@backstage/config';

const MS_PER_UNIT = {
  milliseconds: 1,
  seconds: 1000,
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 7 * 86_400_000,
  // Calendar units have no fixed length; a request timeout never gets near them, so an average will do.
  months: 30 * 86_400_000,
  years: 365 * 86_400_000,
} as const;

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
  let duration: Partial<Record<keyof typeof MS_PER_UNIT, number>>;
  try {
    duration = readDurationFromConfig(config, { key });
  } catch (error) {
    throw new Error(`${fullKey} is not a valid duration: ${describe(error)}`);
  }
  let total = 0;
  for (const [unit, factor] of Object.entries(MS_PER_UNIT)) {
    total += (duration[unit as keyof typeof MS_PER_UNIT] ?? 0) * factor;
  }
  if (!Number.isFinite(total) || total <= 0) {
    throw new Error(`${fullKey} must be a positive duration`);
  }
  return total;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

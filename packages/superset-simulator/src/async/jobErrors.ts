import type { VersionProfile } from '../versions/profiles';

/**
 * The `errors` a failed load_chart_data_into_cache writes. 4.1 keeps only the exception's message;
 * later lines keep SIP-40 errors (`dataclasses.asdict(error)`) and fall back to `{message}` otherwise.
 */
export function jobErrors(body: unknown, profile: VersionProfile): unknown[] {
  const sip40 = (body as { errors?: unknown[] })?.errors;
  const message = messageOf(body, sip40);
  if (profile.asyncJobErrors === 'sip40' && Array.isArray(sip40)) {
    return sip40;
  }
  return [{ message }];
}

function messageOf(body: unknown, sip40: unknown[] | undefined): string {
  const message = (body as { message?: unknown })?.message;
  if (typeof message === 'string') return message;
  const first = sip40?.[0] as { message?: unknown } | undefined;
  return typeof first?.message === 'string' ? first.message : 'Fatal error';
}

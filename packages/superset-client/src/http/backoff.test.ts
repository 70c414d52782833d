import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  parseRetryAfterMs,
  retryDelayMs,
} from './backoff';

const policy = { attempts: 3, baseDelayMs: 500, maxDelayMs: 10_000 };

describe('backoffDelayMs', () => {
  it('doubles per retry, within the upper half of each step', () => {
    expect([0, 1, 2, 3].map(i => backoffDelayMs(i, policy, () => 0))).toEqual([
      250, 500, 1000, 2000,
    ]);
    expect(
      [0, 1, 2, 3].map(i => backoffDelayMs(i, policy, () => 0.999999)),
    ).toEqual([500, 1000, 2000, 4000]);
  });

  it('caps the step at maxDelayMs', () => {
    expect(backoffDelayMs(10, policy, () => 1)).toBe(10_000);
    expect(backoffDelayMs(10, policy, () => 0)).toBe(5_000);
  });

  it('spreads delays with the random source', () => {
    const delays = new Set(
      Array.from({ length: 50 }, () => backoffDelayMs(2, policy)),
    );
    expect(delays.size).toBeGreaterThan(1);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(1000);
      expect(delay).toBeLessThanOrEqual(2000);
    }
  });

  it('has the documented defaults', () => {
    expect(DEFAULT_RETRY_POLICY).toEqual(policy);
  });
});

describe('retryDelayMs', () => {
  it('honours Retry-After over the back-off, capped at maxDelayMs', () => {
    expect(retryDelayMs(0, policy, 3_000, () => 0)).toBe(3_000);
    expect(retryDelayMs(0, policy, 120_000, () => 0)).toBe(10_000);
    expect(retryDelayMs(0, policy, 0, () => 0)).toBe(0);
  });

  it('falls back to the back-off without Retry-After', () => {
    expect(retryDelayMs(1, policy, undefined, () => 0)).toBe(500);
  });
});

describe('parseRetryAfterMs', () => {
  const now = Date.parse('2025-07-24T10:00:00Z');

  it('reads delay-seconds', () => {
    expect(parseRetryAfterMs('2', now)).toBe(2_000);
    expect(parseRetryAfterMs(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfterMs('0', now)).toBe(0);
  });

  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfterMs('Thu, 24 Jul 2025 10:00:05 GMT', now)).toBe(5_000);
  });

  it('gives 0 for a date in the past', () => {
    expect(parseRetryAfterMs('Thu, 24 Jul 2025 09:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent or unparseable values', () => {
    expect(parseRetryAfterMs(null, now)).toBeUndefined();
    expect(parseRetryAfterMs('', now)).toBeUndefined();
    expect(parseRetryAfterMs('soon', now)).toBeUndefined();
    expect(parseRetryAfterMs('-5', now)).toBeUndefined();
  });
});

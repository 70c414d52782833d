import {
  plan,
  slot,
  WINDOW_END,
  WINDOW_START,
} from '../timeline/__testUtils__/planFixtures';
import { isPlanLive, LIVE_AFTER_END_MS } from './isPlanLive';

describe('isPlanLive', () => {
  const start = Date.parse(WINDOW_START);
  const end = Date.parse(WINDOW_END);

  it('is live while the window runs and a grace period after it, not before or long after', () => {
    const planned = plan({ slots: [slot()] });
    expect(isPlanLive(planned, start + 60_000)).toBe(true);
    expect(isPlanLive(planned, end + LIVE_AFTER_END_MS - 1)).toBe(true);
    expect(isPlanLive(planned, start - 3_600_000)).toBe(false);
    expect(isPlanLive(planned, end + 2 * LIVE_AFTER_END_MS)).toBe(false);
  });

  it('is live while a run is going or a "Validate now" batch is open, whatever the hour', () => {
    const later = end + 10 * 3_600_000;
    expect(
      isPlanLive(plan({ slots: [slot({ status: 'running' })] }), later),
    ).toBe(true);
    const batch = {
      requestedAt: new Date(later).toISOString(),
      windowStart: new Date(later).toISOString(),
      windowEnd: new Date(later + 300_000).toISOString(),
      slots: [slot({ trigger: 'manual' })],
    };
    expect(
      isPlanLive(plan({ slots: [], validateNow: batch }), later + 1000),
    ).toBe(true);
  });
});

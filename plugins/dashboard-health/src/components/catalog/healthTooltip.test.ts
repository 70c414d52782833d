import { healthSummary } from '../center/__testUtils__/fixtures';
import { healthTooltip } from './healthTooltip';

describe('healthTooltip', () => {
  const now = new Date('2026-06-01T12:00:00.000Z');

  it('names the top issue, or the summary when there is none', () => {
    const failing = healthSummary('a', {
      status: 'fail',
      topIssue: 'Chart 3 fails',
    });
    const passing = healthSummary('b');
    expect(
      healthTooltip({ status: 'fail', summary: failing, nextRunAt: null }, now),
    ).toBe('Chart 3 fails');
    expect(
      healthTooltip({ status: 'pass', summary: passing, nextRunAt: null }, now),
    ).toBe('All charts render fresh data.');
  });

  it('tells when an unchecked dashboard is checked first', () => {
    expect(
      healthTooltip({ status: 'never', summary: null, nextRunAt: null }, now),
    ).toBe('Not checked yet; no check planned');
    expect(
      healthTooltip(
        {
          status: 'never',
          summary: null,
          nextRunAt: '2026-06-01T23:30:00.000Z',
        },
        now,
      ),
    ).toMatch(/^Not checked yet; next check (today|tomorrow) \d\d:\d\d$/);
  });
});

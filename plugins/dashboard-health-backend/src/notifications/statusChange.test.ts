import {
  NotifyMode,
  RecordStatus,
} from '@dashboard-health/plugin-dashboard-health-common';
import { statusChange } from './statusChange';

/** Feeds a night-by-night sequence of statuses through the rule, tracking history like the notifier does. */
function announcements(sequence: RecordStatus[], mode: NotifyMode) {
  const seen: RecordStatus[] = [];
  return sequence.map(current => {
    const change = statusChange({
      previous: seen[seen.length - 1],
      previousJudged: [...seen].reverse().find(s => s !== 'error'),
      current,
      mode,
    });
    seen.push(current);
    return change ?? '-';
  });
}

describe('statusChange', () => {
  const nights: RecordStatus[] = [
    'pass',
    'warn',
    'warn',
    'fail',
    'fail',
    'error',
    'fail',
    'fail',
    'pass',
    'pass',
  ];

  it('announces regressions and recoveries once, not every failing night (regressions mode)', () => {
    expect(announcements(nights, 'regressions')).toEqual([
      '-',
      'regression',
      '-',
      'regression',
      '-',
      '-',
      '-',
      '-',
      'recovery',
      '-',
    ]);
  });

  it('announces every change of status, including to and from error (every-change mode)', () => {
    expect(announcements(nights, 'every-change')).toEqual([
      '-',
      'regression',
      '-',
      'regression',
      '-',
      'change',
      'change',
      '-',
      'recovery',
      '-',
    ]);
  });

  it('announces nothing when off', () => {
    expect(announcements(nights, 'off').every(a => a === '-')).toBe(true);
  });

  it('treats a first warning or failure as a regression, a first pass as nothing', () => {
    expect(announcements(['fail'], 'regressions')).toEqual(['regression']);
    expect(announcements(['pass'], 'regressions')).toEqual(['-']);
    expect(announcements(['error', 'warn'], 'regressions')).toEqual([
      '-',
      'regression',
    ]);
  });

  it('counts a partial recovery (fail → warn) as a recovery', () => {
    expect(announcements(['fail', 'warn'], 'regressions')).toEqual([
      'regression',
      'recovery',
    ]);
  });
});

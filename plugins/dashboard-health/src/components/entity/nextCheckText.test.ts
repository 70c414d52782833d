import { NextRun } from '@dashboard-health/plugin-dashboard-health-common';
import { formatInstant } from '../shared';
import { nextCheckText } from './nextCheckText';

const plannedAt = '2026-03-02T01:24:00Z';
const now = new Date('2026-03-01T20:00:00Z');
const window = { start: '01:00', end: '05:00', timezone: 'Europe/Berlin' };

describe('nextCheckText', () => {
  it('says when nothing is planned', () => {
    expect(nextCheckText(null, now)).toBe('No check planned');
  });

  it('names the instant in the viewer zone and the window in its own zone', () => {
    const nextRun: NextRun = {
      runId: 'r',
      plannedAt,
      status: 'planned',
      policy: { id: 'p', name: 'Nightly prod', window },
    };
    expect(nextCheckText(nextRun, now)).toBe(
      `Next check ${formatInstant(
        plannedAt,
        now,
      )} — window 01:00–05:00 Europe/Berlin, policy Nightly prod`,
    );
  });

  it('says a run without policy is a manual one', () => {
    const nextRun: NextRun = {
      runId: 'r',
      plannedAt,
      status: 'planned',
      policy: null,
    };
    expect(nextCheckText(nextRun, now)).toBe(
      `Next check ${formatInstant(plannedAt, now)} — manual run`,
    );
  });

  it('says a run that has started is running', () => {
    const nextRun: NextRun = {
      runId: 'r',
      plannedAt,
      status: 'running',
      policy: { id: 'p', name: 'Nightly prod', window },
    };
    expect(nextCheckText(nextRun, now)).toBe(
      `Check running now (planned ${formatInstant(
        plannedAt,
        now,
      )}) — window 01:00–05:00 Europe/Berlin, policy Nightly prod`,
    );
  });
});

import {
  dashboardEntity,
  healthSummary,
} from '../center/__testUtils__/fixtures';
import { toDashboardEntity } from '../center/dashboardEntities';
import { joinRows } from '../center/joinRows';
import { countByStatus, worstDashboards } from './healthOverview';

describe('worstDashboards', () => {
  it('leaves out passing and never-checked dashboards and stops at the limit', () => {
    const dashboards = ['p', 'n', 'w1', 'w2'].map(name =>
      toDashboardEntity(dashboardEntity(name)),
    );
    const rows = joinRows(dashboards, {
      items: [
        healthSummary('p', { status: 'pass' }),
        healthSummary('w1', {
          status: 'warn',
          lastCheckedAt: '2026-06-01T02:00:00Z',
        }),
        healthSummary('w2', {
          status: 'warn',
          lastCheckedAt: '2026-06-01T01:00:00Z',
        }),
      ],
      unchecked: [],
    });
    expect(worstDashboards(rows).map(r => r.name)).toEqual(['w2', 'w1']);
    expect(worstDashboards(rows, 1).map(r => r.name)).toEqual(['w2']);
    expect(countByStatus(rows)).toEqual({
      pass: 1,
      warn: 2,
      fail: 0,
      error: 0,
      never: 1,
    });
  });
});

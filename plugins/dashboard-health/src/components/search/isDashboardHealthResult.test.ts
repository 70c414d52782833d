import {
  DASHBOARD_HEALTH_SEARCH_TYPE,
  isDashboardHealthResult,
} from './isDashboardHealthResult';

describe('isDashboardHealthResult', () => {
  const document = { title: 'Sales', text: '', location: '/x' };

  it('takes the documents of the dashboard-health collator only', () => {
    expect(DASHBOARD_HEALTH_SEARCH_TYPE).toBe('dashboard-health');
    expect(isDashboardHealthResult({ type: 'dashboard-health' })).toBe(true);
    expect(
      isDashboardHealthResult({ type: 'software-catalog', document } as never),
    ).toBe(false);
    expect(isDashboardHealthResult({ type: 'techdocs' })).toBe(false);
  });
});

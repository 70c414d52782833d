import { ConfigReader } from '@backstage/config';
import { readDashboardHealthConfig } from './config';

const read = (dashboardHealth: object) =>
  readDashboardHealthConfig(new ConfigReader({ dashboardHealth }));

describe('dashboardHealth.validation.dashboardBudget', () => {
  it('defaults to half the run timeout, leaving the rest for the LLM review and the record', () => {
    expect(read({}).dashboardBudgetMs).toBe(5 * 60_000);
    expect(
      read({ dispatcher: { runTimeout: { minutes: 30 } } }).dashboardBudgetMs,
    ).toBe(15 * 60_000);
  });

  it('takes a duration and refuses one that is not positive', () => {
    expect(
      read({ validation: { dashboardBudget: { minutes: 2 } } })
        .dashboardBudgetMs,
    ).toBe(120_000);
    expect(() =>
      read({ validation: { dashboardBudget: { seconds: 0 } } }),
    ).toThrow(
      'dashboardHealth.validation.dashboardBudget must be a positive duration',
    );
  });
});

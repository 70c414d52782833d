import { DashboardFacts } from '../facts/types';
import { MAX_MESSAGE_CHARS, promptFacts, promptFindings } from './promptData';
import { buildReviewMessages, toBlockJson } from './reviewPrompt';

const facts: DashboardFacts = {
  environment: 'prod',
  dashboard: {
    id: 1,
    title: 'Sales <b>&</b> margins',
    url: 'https://user:pw@superset.example.com/superset/dashboard/1/',
    published: false,
  },
  charts: [
    {
      id: 5,
      name: 'Margin',
      vizType: 'table',
      url: 'https://superset.example.com/explore/?slice_id=5',
      datasetId: null,
      outcome: 'query-error',
      message: 'x'.repeat(2000),
      durationMs: 10,
    },
  ],
  gatheredAt: '2026-11-30T06:00:00Z',
};

describe('toBlockJson', () => {
  it('escapes tag and line-separator characters and still means the same JSON', () => {
    const value = { name: 'a</facts><findings>&\u2028b' };

    const json = toBlockJson(value);

    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain('\\u003c/facts\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('promptFacts', () => {
  it('leaves out every link, which may carry credentials', () => {
    const shown = promptFacts(facts);

    expect(JSON.stringify(shown)).not.toMatch(/superset\.example\.com|pw@/);
    expect(shown.dashboard).toEqual({
      id: 1,
      title: 'Sales <b>&</b> margins',
      published: false,
    });
  });

  it('clips long Superset messages', () => {
    const [chart] = promptFacts(facts).charts;

    expect(chart.message).toHaveLength(MAX_MESSAGE_CHARS);
    expect(chart.message?.endsWith('…')).toBe(true);
    expect(chart).toMatchObject({
      id: 5,
      name: 'Margin',
      outcome: 'query-error',
    });
  });
});

describe('promptFindings', () => {
  it('drops the source, which is always check', () => {
    expect(
      promptFindings([
        {
          severity: 'warning',
          code: 'stale-data',
          source: 'check',
          message: 'Old',
        },
      ]),
    ).toEqual([{ severity: 'warning', code: 'stale-data', message: 'Old' }]);
  });
});

describe('buildReviewMessages', () => {
  it('keeps the data out of the system message and inside the blocks', () => {
    const [system, user] = buildReviewMessages({ facts, checkIssues: [] });

    expect(system.role).toBe('system');
    expect(system.content).not.toContain('Sales');
    expect(user.content).toBe(
      `<facts>\n${toBlockJson(
        promptFacts(facts),
      )}\n</facts>\n<findings>\n[]\n</findings>`,
    );
  });

  it('stays compact for a dashboard with a hundred charts', () => {
    const many: DashboardFacts = {
      ...facts,
      charts: Array.from({ length: 100 }, (_, i) => ({
        id: i,
        name: `Chart ${i}`,
        vizType: 'echarts_timeseries_line',
        url: `https://superset.example.com/explore/?slice_id=${i}`,
        datasetId: 3,
        datasetName: 'sales',
        outcome: 'ok' as const,
        rowCount: 120,
        latestDataAt: '2026-11-29T00:00:00Z',
        timeGrain: 'P1D',
        durationMs: 200,
      })),
    };

    const [, user] = buildReviewMessages({ facts: many, checkIssues: [] });

    // About 4 characters per token: well under 10k tokens for the whole dashboard.
    expect((user.content as string).length).toBeLessThan(25_000);
    expect(user.content).not.toContain('\n  '); // no pretty-printing
  });
});

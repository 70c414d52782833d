import { DashboardFacts } from '../facts/types';
import { ReviewOutput } from './reviewSchema';
import { MAX_LLM_ISSUES, toLlmReview } from './toLlmReview';

const facts: DashboardFacts = {
  environment: 'prod',
  dashboard: { id: 1, title: 'Sales', url: 'https://s/d/1', published: true },
  charts: [
    {
      id: 5,
      name: 'Margin',
      vizType: 'table',
      datasetId: 2,
      outcome: 'ok',
      rowCount: 3,
      durationMs: 10,
    },
  ],
  gatheredAt: '2026-11-30T06:00:00Z',
};

const issue = (overrides: Partial<ReviewOutput['issues'][number]> = {}) => ({
  severity: 'warning' as const,
  code: 'odd-values',
  chartId: null,
  chartName: null,
  message: 'Values look odd.',
  suggestion: null,
  ...overrides,
});

const output = (overrides: Partial<ReviewOutput> = {}): ReviewOutput => ({
  summary: 'Fine.',
  suggestedStatus: 'warn',
  issues: [],
  ...overrides,
});

describe('toLlmReview', () => {
  it('cuts an over-long summary instead of rejecting the review', () => {
    const review = toLlmReview(
      output({ summary: 's'.repeat(900) }),
      facts,
      'm',
      undefined,
    );

    expect(review.summary).toHaveLength(600);
    expect(review.summary.endsWith('…')).toBe(true);
    expect(review).not.toHaveProperty('usage');
  });

  it('drops issues without words and names codes the model left blank', () => {
    const review = toLlmReview(
      output({
        issues: [
          issue({ message: '   ' }),
          issue({ code: ' ', chartId: 5, suggestion: '  Refresh it. ' }),
        ],
      }),
      facts,
      'm',
      { promptTokens: 1, completionTokens: 2, totalTokens: 3 },
    );

    expect(review.issues).toEqual([
      {
        severity: 'warning',
        code: 'llm-observation',
        source: 'llm',
        chartId: 5,
        chartName: 'Margin',
        message: 'Values look odd.',
        suggestion: 'Refresh it.',
      },
    ]);
    expect(review.usage).toEqual({
      promptTokens: 1,
      completionTokens: 2,
      totalTokens: 3,
    });
  });

  it(`keeps at most ${MAX_LLM_ISSUES} issues`, () => {
    const review = toLlmReview(
      output({ issues: Array.from({ length: 80 }, () => issue()) }),
      facts,
      'm',
      undefined,
    );

    expect(review.issues).toHaveLength(MAX_LLM_ISSUES);
  });
});

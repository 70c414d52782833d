import { llmUsageText } from './llmUsageText';

describe('llmUsageText', () => {
  it('names the model and the tokens', () => {
    expect(
      llmUsageText({
        model: 'gpt-4o-mini',
        promptTokens: 1000,
        completionTokens: 234,
        totalTokens: 1234,
      }),
    ).toBe(
      'LLM review by gpt-4o-mini: 1,234 tokens (1,000 prompt + 234 completion)',
    );
  });

  it('adds the parts up when the total is missing', () => {
    expect(
      llmUsageText({ model: 'm', promptTokens: 10, completionTokens: 5 }),
    ).toBe('LLM review by m: 15 tokens (10 prompt + 5 completion)');
  });

  it('gives the reason a review was skipped', () => {
    expect(llmUsageText({ skippedReason: 'daily token budget spent' })).toBe(
      'LLM review skipped: daily token budget spent',
    );
  });

  it('gives the reason a review failed, with the model asked', () => {
    expect(
      llmUsageText({ model: 'm', failedReason: 'timeout after 30 s' }),
    ).toBe('LLM review failed (m): timeout after 30 s');
  });

  it('says when there was no review at all', () => {
    expect(llmUsageText({})).toBe('No LLM review');
  });
});

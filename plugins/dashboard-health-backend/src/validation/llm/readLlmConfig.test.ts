import { ConfigReader } from '@backstage/config';
import { readLlmConfig } from './readLlmConfig';

const read = (llm?: object) =>
  readLlmConfig(new ConfigReader(llm ? { dashboardHealth: { llm } } : {}));

describe('readLlmConfig', () => {
  it('returns undefined without an llm block, so only deterministic checks run', () => {
    expect(read()).toBeUndefined();
    expect(
      readLlmConfig(new ConfigReader({ dashboardHealth: {} })),
    ).toBeUndefined();
  });

  it('returns undefined without an apiKey, or with a blank one', () => {
    expect(
      read({ model: 'gpt-4o', baseUrl: 'http://localhost:11434/v1' }),
    ).toBeUndefined();
    expect(read({ apiKey: '   ' })).toBeUndefined();
  });

  it('applies defaults for model, timeout and retries', () => {
    expect(read({ apiKey: 'sk-abc' })).toEqual({
      apiKey: 'sk-abc',
      model: 'gpt-4o-mini',
      timeoutMs: 60_000,
      maxRetries: 2,
    });
  });

  it('passes baseUrl and the other settings through', () => {
    expect(
      read({
        apiKey: 'ollama',
        baseUrl: 'http://localhost:11434/v1',
        model: 'llama3.1:8b',
        timeout: { seconds: 90 },
        maxRetries: 0,
      }),
    ).toEqual({
      apiKey: 'ollama',
      baseUrl: 'http://localhost:11434/v1',
      model: 'llama3.1:8b',
      timeoutMs: 90_000,
      maxRetries: 0,
    });
  });

  it('reads timeout in the string forms Backstage durations allow', () => {
    expect(read({ apiKey: 'k', timeout: '45s' })?.timeoutMs).toBe(45_000);
    expect(read({ apiKey: 'k', timeout: 'PT2M' })?.timeoutMs).toBe(120_000);
  });

  it('refuses settings that cannot work', () => {
    expect(() => read({ apiKey: 'k', maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => read({ apiKey: 'k', maxRetries: 1.5 })).toThrow(/maxRetries/);
    expect(() => read({ apiKey: 'k', timeout: { seconds: 0 } })).toThrow(
      /timeout must be a positive duration/,
    );
    expect(() => read({ apiKey: 'k', baseUrl: 'localhost:11434/v1' })).toThrow(
      /baseUrl must be an http\(s\) URL/,
    );
  });
});
